# The reasons about income (src/evaluate/redenen/inkomen.rs): the income against the limit, the
# housing costs against the income above the norm, and what the municipality adds to or takes off the income.

## Income against the limit. $wie: u, samen (with partner) or eigen (the partner's income is
## still missing); $net_boven: ja if the income is just above a limit.
inkomen-al-hoger = { $wie ->
        [samen] Pana/Pani dochód razem z dochodem partnera
        [eigen] Pana/Pani własny dochód
       *[u] Pana/Pani dochód
    } wynosi { $inkomen } miesięcznie. To już więcej niż { $grens }, czyli { $procent } najwyższej normy pomocy społecznej (bijstandsnorm), jaka może Pana/Pani dotyczyć (norma na dzień { $datum }). Tak jest bez względu na to, co Pan/Pani jeszcze wpisze.
inkomen-nodig = Aby to ustalić, potrzebne są jeszcze te informacje: { $nodig }. Granica to { $procent } normy pomocy społecznej (bijstandsnorm).
inkomen-bedrag = { $wie ->
        [samen] Pana/Pani dochód razem z dochodem partnera
       *[u] Pana/Pani dochód
    } wynosi { $inkomen } miesięcznie. To { $net_boven ->
        [ja] trochę więcej niż { $aandeel }
       *[nee] { $aandeel }
    } { $normnaam }. Ta norma wynosi { $norm } (norma na dzień { $datum }). Granica to { $procent } ({ $grens }).
# The norm in the sentence above ($normnaam), in the genitive ("110% normy ...").
inkomen-normnaam = normy pomocy społecznej (bijstandsnorm)
inkomen-normnaam-kostendelers = normy pomocy społecznej obniżonej przy dzieleniu kosztów (kostendelersnorm: { $kostendelers ->
    [one] koszty ponosi { $kostendelers } osoba dorosła
    [few] { $kostendelers } osoby dorosłe dzielą koszty
   *[many] { $kostendelers } osób dorosłych dzieli koszty
})
inkomen-normnaam-ouder = normy pomocy społecznej (bijstandsnorm; dla samotnego rodzica: { $ouder_procent } normy dla małżeństw)
inkomen-normnaam-kostendelers-ouder = normy pomocy społecznej obniżonej przy dzieleniu kosztów (kostendelersnorm: { $kostendelers ->
    [one] koszty ponosi { $kostendelers } osoba dorosła
    [few] { $kostendelers } osoby dorosłe dzielą koszty
   *[many] { $kostendelers } osób dorosłych dzieli koszty
}; dla samotnego rodzica: { $ouder_procent } normy dla małżeństw)
inkomen-hoger = Pana/Pani dochód przekracza granicę.
inkomen-niet-hoger = Pana/Pani dochód nie przekracza granicy.
inkomen-jongeren-onder-grens-21 = U osób w wieku od 18 lat do ukończenia 21 lat do normy wlicza się też dodatkową specjalną pomoc (aanvullende bijzondere bijstand); jej wysokości nie podają przepisy. Według normy dla osób od 21 lat granica wynosi { $grens }: Pana/Pani dochód jej nie przekracza. Gmina to oceni.
inkomen-jongeren-bijstand-21 = { $wie ->
        [samen] Pan/Pani lub partner otrzymuje zasiłek (bijstand).
       *[u] Otrzymuje Pan/Pani zasiłek (bijstand).
    } U osób w wieku od 18 do 21 lat zawiera on już dodatkową specjalną pomoc (aanvullende bijzondere bijstand). Dlatego liczy się norma od 21 lat: granica wynosi wtedy { $grens }.
inkomen-zeker-tot = Do { $procent } ({ $grens }) jest to pewne.
inkomen-jongeren-nodig = U osób w wieku od 18 lat do ukończenia 21 lat do normy wlicza się też dodatkową specjalną pomoc (aanvullende bijzondere bijstand). Aby ustalić tę granicę, potrzebne są jeszcze te informacje: { $nodig }.

## What the municipality adds to the income or takes off it
inkomen-ouderkop = Do Pana/Pani dochodu wlicza się dodatek dla samotnego rodzica (alleenstaande-ouderkop) z zasiłku na dziecko zależnego od dochodu (kindgebonden budget): { $bedrag } miesięcznie.
inkomen-ouderkop-onbekend = Czy w zasiłku na dziecko (kindgebonden budget) otrzymuje Pan/Pani dodatek dla samotnego rodzica (alleenstaande-ouderkop)? Tutaj liczy się on jako dochód. Ten dodatek nie został wpisany, więc liczymy bez niego.
inkomen-alimentatie = Alimenty, które Pan/Pani płaci ({ $bedrag } miesięcznie), zostały odjęte od Pana/Pani dochodu.
inkomen-alimentatie-onbekend = Czy płaci Pan/Pani alimenty? Alimenty odejmuje się od dochodu. Nie zostały one wpisane, więc liczymy bez nich.

## Housing costs
woonkosten-onbekend = Nie wiemy jeszcze, ile płaci Pan/Pani miesięcznie za czynsz lub kredyt hipoteczny.
woonkosten-nodig = Aby porównać Pana/Pani koszty mieszkania z dochodem, potrzebne są jeszcze te informacje: { $nodig }.
woonkosten-bedrag = Płaci Pan/Pani { $woonkosten } miesięcznie za mieszkanie. Z Pana/Pani dochodu liczy się wszystko, co przekracza { $grens }, czyli { $procent } normy pomocy społecznej (bijstandsnorm) na dzień { $datum }. To { $over } miesięcznie.
woonkosten-vermogen = Liczy się też Pana/Pani majątek powyżej limitu majątku (vermogensgrens), czyli { $vermogen }. Porównujemy go z kosztami mieszkania za cały rok.
woonkosten-zelf-betalen = Dzięki temu stać Pana/Panią na samodzielne opłacanie kosztów mieszkania.
woonkosten-vergelijken-nodig = Aby to porównać, potrzebne są jeszcze te informacje: { $nodig }.
woonkosten-met-vermogen-beoordeling = Razem z majątkiem stać Pana/Panią na samodzielne opłacanie kosztów mieszkania. Ale jeśli otrzymuje Pan/Pani zasiłek z pomocy społecznej (bijstand), Pana/Pani majątek został już oceniony przy przyznaniu zasiłku: gmina to oceni.
woonkosten-niet-genoeg = To nie wystarczy na Pana/Pani koszty mieszkania.
