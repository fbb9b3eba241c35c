# The reasons of a condition (src/evaluate/redenen/mod.rs), with the numbers that decided it.

groep-alle = Wszystkie te warunki muszą być spełnione:
groep-een-van = Jeden z tych warunków musi być spełniony:

## Assets
vermogen-grenzen = Limit majątku (vermogensgrens) wynosi { $alleenstaande } dla osoby samotnej i { $gehuwden } dla małżeństw i samotnych rodziców.
vermogen-niet-hoger = Pana/Pani majątek nie przekracza limitu.
vermogen-hoger = Pana/Pani majątek przekracza limit.
vermogen-geen-buffer = Pana/Pani majątek jest niższy niż limit: nie ma Pan/Pani dobrej rezerwy finansowej.
vermogen-buffer-beoordeeld = Pana/Pani majątek jest równy limitowi lub wyższy: wtedy ma Pan/Pani dobrą rezerwę finansową.
vermogen-buffer = Pana/Pani majątek jest równy limitowi lub wyższy: wtedy ma Pan/Pani dobrą rezerwę finansową, a ten program pomocy nie jest dla Pana/Pani.
vermogen-boven-elke-grens = Pana/Pani majątek wynosi { $vermogen }: to więcej niż każdy limit majątku.
vermogen-woning-onbekend = Nie wiemy jeszcze, czy ma Pan/Pani własny dom ani ile jest on wart.
vermogen-onbekend = Nie znamy jeszcze Pana/Pani majątku.
vermogen-met-grens = Pana/Pani majątek wynosi { $vermogen }. Limit majątku (vermogensgrens) dla { leefvorm } wynosi { $grens }.
vermogen-woning-met-grens = Pana/Pani majątek wynosi { $vermogen }. Wliczamy w to tę część wartości domu ponad kredyt hipoteczny (overwaarde), która przekracza { $vrij }. Limit majątku (vermogensgrens) dla { leefvorm } wynosi { $grens }.
vermogen-bedrag = Pana/Pani majątek wynosi { $vermogen }.
vermogen-woning-bedrag = Pana/Pani majątek wynosi { $vermogen }. Wliczamy w to tę część wartości domu ponad kredyt hipoteczny (overwaarde), która przekracza { $vrij }.

## Age
leeftijd-u = Ma Pan/Pani { $jaar } { $jaar ->
    [one] rok
    [few] lata
   *[many] lat
}.
leeftijd-u-onbekend = Nie znamy jeszcze Pana/Pani wieku.
leeftijd-partner = Pana/Pani partner ma { $jaar } { $jaar ->
    [one] rok
    [few] lata
   *[many] lat
}.
leeftijd-partner-onbekend = Nie znamy jeszcze wieku Pana/Pani partnera.
leeftijdsgrens = Granica wieku: { $delen }.
leeftijd-vanaf = od { $jaar } { $jaar ->
    [one] roku
   *[other] lat
}
leeftijd-tot-en-met = do { $jaar } { $jaar ->
    [one] roku
   *[other] lat
} włącznie
leeftijd-onder-aow = { $maanden ->
    [0] poniżej wieku emerytalnego AOW ({ $jaren } { $jaren ->
        [one] rok
        [few] lata
       *[many] lat
    })
   *[other] poniżej wieku emerytalnego AOW ({ $jaren } { $jaren ->
        [one] rok
        [few] lata
       *[many] lat
    } i { $maanden } { $maanden ->
        [one] miesiąc
        [few] miesiące
       *[many] miesięcy
    })
}
leeftijd-onder-aow-onbekend = poniżej wieku emerytalnego AOW
leeftijd-een-van-beiden = Wystarczy, że ten warunek spełnia Pan/Pani albo Pana/Pani partner.

## Children
kinderen-onbekend = Nie wiemy jeszcze, czy mieszkają z Panem/Panią dzieci poniżej 18 lat.
kinderen-bereik-onbekend = Nie wiemy jeszcze, czy mieszkają z Panem/Panią dzieci w wieku od { $vanaf } do { $tot_en_met } lat włącznie.
kinderen-aantal = { $aantal ->
    [0] Z Panem/Panią nie mieszkają żadne dzieci poniżej 18 lat.
    [one] Z Panem/Panią mieszka 1 dziecko poniżej 18 lat.
   *[other] Z Panem/Panią mieszka { $aantal } dzieci poniżej 18 lat.
}
kinderen-bereik-aantal = { $aantal ->
    [0] Z Panem/Panią nie mieszkają żadne dzieci w wieku od { $vanaf } do { $tot_en_met } lat włącznie.
    [one] Z Panem/Panią mieszka 1 dziecko w wieku od { $vanaf } do { $tot_en_met } lat włącznie.
   *[other] Z Panem/Panią mieszka { $aantal } dzieci w wieku od { $vanaf } do { $tot_en_met } lat włącznie.
}

## Low income and cost-sharers
laag-inkomen-maanden = Ma Pan/Pani niski dochód od { $maanden } { $maanden ->
    [one] miesiąca
   *[other] miesięcy
}. Potrzeba co najmniej { $minimaal } { $minimaal ->
    [one] miesiąca
   *[other] miesięcy
} z rzędu.
laag-inkomen-onbekend = Nie wiemy jeszcze, od jak dawna ma Pan/Pani niski dochód. Potrzeba co najmniej { $minimaal } { $minimaal ->
    [one] miesiąca
   *[other] miesięcy
} z rzędu.
kostendelers-wel = Mieszkają z Panem/Panią osoby dorosłe w wieku 27 lat lub starsze, które liczą się jako osoby dzielące koszty (kostendelers): { $aantal ->
    [one] koszty ponosi razem { $aantal } osoba dorosła
    [few] koszty dzielą razem { $aantal } osoby dorosłe
   *[many] koszty dzieli razem { $aantal } osób dorosłych
}. Dlatego Pana/Pani norma pomocy społecznej (bijstandsnorm) jest niższa (kostendelersnorm).
kostendelers-geen = Nie mieszkają z Panem/Panią inne osoby dorosłe, które liczą się jako osoby dzielące koszty (kostendelers).
kostendelers-onbekend = Nie wiemy jeszcze, kto jeszcze mieszka z Panem/Panią.

## Yes or no. $wie: u or partner; $aanname: ja if the answer is an assumption.
-aanname-begin = Tego jeszcze nie podano. Zakładamy, że
-aanname-eind = Jeśli jest inaczej, wynik może być inny.
wie-naam = { $wie ->
    [partner] Pana/Pani partner
   *[u] Pan/Pani
}
janee-open = Nie wiemy jeszcze, { $vraag }.
janee-student-ja = { $aanname ->
    [ja] { -aanname-begin } { wie-naam } uczy się teraz albo uczył(a) się w ostatnich 12 miesiącach w szkole lub na studiach, za które można dostać studiefinanciering lub WTOS (państwowe wsparcie finansowe na naukę). Wtedy można się spodziewać wyższego dochodu. { -aanname-eind }
   *[nee] { wie-naam } uczy się teraz albo uczył(a) się w ostatnich 12 miesiącach w szkole lub na studiach, za które można dostać studiefinanciering lub WTOS (państwowe wsparcie finansowe na naukę). Wtedy można się spodziewać wyższego dochodu.
}
janee-student-nee = { $aanname ->
    [ja] { -aanname-begin } { wie-naam } w ostatnich 12 miesiącach nie uczył(a) się w szkole ani na studiach, za które można dostać studiefinanciering lub WTOS (państwowe wsparcie finansowe na naukę). { -aanname-eind }
   *[nee] { wie-naam } w ostatnich 12 miesiącach nie uczył(a) się w szkole ani na studiach, za które można dostać studiefinanciering lub WTOS (państwowe wsparcie finansowe na naukę).
}
janee-chronisch-ziek-ja = { $aanname ->
    [ja] { -aanname-begin } { wie-naam } ma chorobę przewlekłą lub niepełnosprawność. { -aanname-eind }
   *[nee] { wie-naam } ma chorobę przewlekłą lub niepełnosprawność.
}
janee-chronisch-ziek-nee = { $aanname ->
    [ja] { -aanname-begin } { wie-naam } nie ma choroby przewlekłej ani niepełnosprawności. { -aanname-eind }
   *[nee] { wie-naam } nie ma choroby przewlekłej ani niepełnosprawności.
}
janee-verblijfstitel-ja = { $aanname ->
    [ja] { -aanname-begin } { wie-naam } ma ważne prawo pobytu (verblijfstitel). { -aanname-eind }
   *[nee] { wie-naam } ma ważne prawo pobytu (verblijfstitel).
}
janee-verblijfstitel-nee = { $aanname ->
    [ja] { -aanname-begin } { wie-naam } nie ma ważnego prawa pobytu (verblijfstitel). { -aanname-eind }
   *[nee] { wie-naam } nie ma ważnego prawa pobytu (verblijfstitel).
}
janee-gedetineerd-ja = { $aanname ->
    [ja] { -aanname-begin } { wie-naam } przebywa w areszcie lub więzieniu (detentie). { -aanname-eind }
   *[nee] { wie-naam } przebywa w areszcie lub więzieniu (detentie).
}
janee-gedetineerd-nee = { $aanname ->
    [ja] { -aanname-begin } { wie-naam } nie przebywa w areszcie ani w więzieniu (detentie). { -aanname-eind }
   *[nee] { wie-naam } nie przebywa w areszcie ani w więzieniu (detentie).
}
janee-schulden-ja = { $aanname ->
    [ja] { -aanname-begin } ma Pan/Pani długi lub zaległe płatności, z którymi nie poradzi sobie Pan/Pani bez pomocy. { -aanname-eind }
   *[nee] Ma Pan/Pani długi lub zaległe płatności, z którymi nie poradzi sobie Pan/Pani bez pomocy.
}
janee-schulden-nee = { $aanname ->
    [ja] { -aanname-begin } nie ma Pan/Pani długów, których nie może Pan/Pani spłacić. { -aanname-eind }
   *[nee] Nie ma Pan/Pani długów, których nie może Pan/Pani spłacić.
}
janee-inkomenstoeslag-gehad-ja = { $aanname ->
    [ja] { -aanname-begin } w ostatnich 12 miesiącach przyznano już Panu/Pani indywidualny dodatek do dochodu (individuele inkomenstoeslag). Można go dostać raz na 12 miesięcy. { -aanname-eind }
   *[nee] W ostatnich 12 miesiącach przyznano już Panu/Pani indywidualny dodatek do dochodu (individuele inkomenstoeslag). Można go dostać raz na 12 miesięcy.
}
janee-inkomenstoeslag-gehad-nee = { $aanname ->
    [ja] { -aanname-begin } w ostatnich 12 miesiącach nie przyznano Panu/Pani indywidualnego dodatku do dochodu (individuele inkomenstoeslag). { -aanname-eind }
   *[nee] W ostatnich 12 miesiącach nie przyznano Panu/Pani indywidualnego dodatku do dochodu (individuele inkomenstoeslag).
}
janee-heeft-partner-ja = Ma Pan/Pani partnera.
janee-heeft-partner-nee = Nie ma Pan/Pani partnera.
janee-partner-elders-ja = Jest Pan/Pani w związku małżeńskim lub w zarejestrowanym związku partnerskim, ale Pana/Pani partner mieszka gdzie indziej.
janee-partner-elders-nee = Pana/Pani partner mieszka z Panem/Panią.
janee-eigen-woning-ja = Ma Pan/Pani własny dom.
janee-eigen-woning-nee = Nie ma Pan/Pani własnego domu.
janee-beperking-huisgenoot-ja = { $aanname ->
    [ja] { -aanname-begin } ktoś inny w Pana/Pani gospodarstwie domowym ma niepełnosprawność albo przewlekły problem (psychiczny lub psychospołeczny). { -aanname-eind }
   *[nee] Ktoś inny w Pana/Pani gospodarstwie domowym ma niepełnosprawność albo przewlekły problem (psychiczny lub psychospołeczny).
}
janee-beperking-huisgenoot-nee = { $aanname ->
    [ja] { -aanname-begin } nikt inny w Pana/Pani gospodarstwie domowym nie ma niepełnosprawności ani przewlekłego problemu. { -aanname-eind }
   *[nee] Nikt inny w Pana/Pani gospodarstwie domowym nie ma niepełnosprawności ani przewlekłego problemu.
}
janee-zelfstandig-ja = { $aanname ->
    [ja] { -aanname-begin } prowadzi Pan/Pani własne gospodarstwo domowe. { -aanname-eind }
   *[nee] Prowadzi Pan/Pani własne gospodarstwo domowe.
}
janee-zelfstandig-nee = { $aanname ->
    [ja] { -aanname-begin } nie prowadzi Pan/Pani własnego gospodarstwa domowego. Ten program pomocy jest dla osób, które mieszkają samodzielnie. { -aanname-eind }
   *[nee] Nie prowadzi Pan/Pani własnego gospodarstwa domowego. Ten program pomocy jest dla osób, które mieszkają samodzielnie.
}
janee-schuldregeling-ja = { $aanname ->
    [ja] { -aanname-begin } uczestniczy Pan/Pani w sądowym programie oddłużenia (Wsnp) albo w polubownej ugodzie w sprawie długów przez bank kredytowy (kredietbank, Stadsbank). { -aanname-eind }
   *[nee] Uczestniczy Pan/Pani w sądowym programie oddłużenia (Wsnp) albo w polubownej ugodzie w sprawie długów przez bank kredytowy (kredietbank, Stadsbank).
}
janee-schuldregeling-nee = { $aanname ->
    [ja] { -aanname-begin } nie uczestniczy Pan/Pani w programie oddłużenia ani w ugodzie w sprawie długów. { -aanname-eind }
   *[nee] Nie uczestniczy Pan/Pani w programie oddłużenia ani w ugodzie w sprawie długów.
}
open-student = czy ktoś w ostatnich 12 miesiącach uczył się w szkole lub na studiach, za które można dostać studiefinanciering lub WTOS (także jeśli nie złożono wniosku)
open-chronisch-ziek = czy jest niepełnosprawność lub przewlekły problem zdrowotny
open-verblijfstitel = czy jest ważne prawo pobytu (verblijfstitel)
open-gedetineerd = czy ktoś przebywa w areszcie lub więzieniu (detentie)
open-schulden = czy ma Pan/Pani długi, których nie może Pan/Pani spłacić
open-inkomenstoeslag-gehad = czy w ostatnich 12 miesiącach przyznano już Panu/Pani indywidualny dodatek do dochodu (individuele inkomenstoeslag)
open-eigen-woning = czy ma Pan/Pani własny dom
open-partner-elders = czy Pana/Pani partner mieszka z Panem/Panią
open-heeft-partner = czy ma Pan/Pani partnera
open-beperking-huisgenoot = czy ktoś inny w Pana/Pani gospodarstwie domowym ma niepełnosprawność lub przewlekły problem
open-zelfstandig = czy prowadzi Pan/Pani własne gospodarstwo domowe
open-schuldregeling = czy uczestniczy Pan/Pani w programie oddłużenia lub w ugodzie w sprawie długów

## Partners
partner-zonder-recht = Pana/Pani partner nie ma prawa do pomocy społecznej (bijstand), bo nie ma ważnego prawa pobytu albo przebywa w areszcie lub więzieniu. Wtedy tylko Pan/Pani musi spełnić ten warunek.
beide-partners = Ten warunek dotyczy Pana/Pani i Pana/Pani partnera: oboje muszą go Państwo spełnić.
partner-recht-aangenomen = Jeśli Pana/Pani partner nie ma ważnego prawa pobytu (verblijfstitel) albo przebywa w areszcie lub więzieniu, tylko Pan/Pani musi spełnić ten warunek. Tego jeszcze nie podano.

## What is still needed for a norm or an income (a list, after a colon)
nodig-aanvrager-leeftijd = Pana/Pani wiek
nodig-heeft-partner = czy ma Pan/Pani partnera
nodig-partner-leeftijd = wiek Pana/Pani partnera
nodig-kinderen = czy mieszkają z Panem/Panią dzieci i ile mają lat
nodig-medebewoners = kto jeszcze mieszka z Panem/Panią (wiek oraz czy te osoby się uczą lub płacą za wynajem pokoju)
nodig-aanvrager-inkomen = Pana/Pani dochód netto miesięcznie
nodig-partner-inkomen = miesięczny dochód netto Pana/Pani partnera
nodig-aanvrager-inkomensbron = skąd pochodzi Pana/Pani dochód (na przykład zasiłek (bijstand) lub wynagrodzenie)
nodig-partner-inkomensbron = skąd pochodzi dochód Pana/Pani partnera
nodig-ouderkop = dodatek dla samotnego rodzica (alleenstaande-ouderkop) w Pana/Pani zasiłku na dziecko (kindgebonden budget)
nodig-vermogen = Pana/Pani majątek
nodig-eigen-woning = czy ma Pan/Pani własny dom
nodig-woz-waarde = wartość WOZ Pana/Pani domu (urzędowa wartość nieruchomości)
nodig-hypotheek = Pana/Pani kredyt hipoteczny
nodig-schulden = czy ma Pan/Pani długi
nodig-schuldregeling = czy uczestniczy Pan/Pani w sądowym programie oddłużenia (Wsnp) albo w polubownej ugodzie w sprawie długów przez bank kredytowy (kredietbank, Stadsbank)
nodig-norm-onbepaald = norma pomocy społecznej (bijstandsnorm), której nie możemy ustalić na podstawie Pana/Pani odpowiedzi (na przykład dla osoby poniżej 18 lat albo w roku, w którym ktoś osiąga wiek emerytalny AOW); gmina to obliczy

## Housing costs during a debt scheme
woonkosten-schuldregeling = Uczestniczy Pan/Pani w sądowym programie oddłużenia (Wsnp) albo w polubownej ugodzie w sprawie długów przez bank kredytowy (kredietbank, Stadsbank). Dopóki to trwa, nie liczy się nic z Pana/Pani dochodu ani majątku.
