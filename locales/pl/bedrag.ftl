# The estimated amount, the means (draagkracht) and what they leave special assistance to pay
# (src/evaluate/bedrag.rs, woning.rs, vergoeding.rs, specifiek.rs), the margin (marge.rs) and who
# applies (rollen.rs).

## Amount: a percentage of the standard per year
bedrag-norm-onbekend = Kwota zależy od normy na dzień { $januari }, a tej normy nie znamy.
# $vakantietoeslag: inclusief or zonder; $afronding: hele_euros or centen.
bedrag-gehuwden = Kwota dla małżeństw to { $procent } normy dla małżeństw ({ $maandnorm } miesięcznie { $vakantietoeslag ->
    [inclusief] z dodatkiem urlopowym
   *[zonder] bez dodatku urlopowego
}, norma na dzień { $normdatum }) w skali roku: { $jaarbedrag }{ $afronding ->
    [hele_euros] {" "}(po zaokrągleniu w górę do pełnych euro)
   *[centen] {""}
}.
bedrag-norm-ouder = Ten program pomocy liczy według normy na dzień { $januari }. Tej normy nie ma jeszcze w tym kalkulatorze, dlatego liczymy według normy na dzień { $normdatum }. Kwota jest więc tylko szacunkowa.
bedrag-geschat = Szacunkowa kwota dla Pana/Pani: { $bedrag } rocznie. Dla { leefvorm } jest to { $deel } kwoty dla małżeństw.
bedrag-gezinssituatie = Kwota zależy od Pana/Pani sytuacji rodzinnej.
bedrag-partner-recht-aangenomen = Jeśli Pana/Pani partner nie ma ważnego prawa pobytu (verblijfstitel) albo przebywa w areszcie lub więzieniu (detentie), otrzymuje Pan/Pani kwotę dla osoby samotnej lub samotnego rodzica (art. 7.4.3 ust. 2). Tego jeszcze nie podano, dlatego liczymy według kwoty dla małżeństw.
bedrag-partner-voldoet-niet = Pana/Pani partner nie spełnia wszystkich warunków. Otrzyma Pan/Pani tę pomoc tylko wtedy, gdy partner nie ma prawa do pomocy społecznej (bijstand), bo nie ma ważnego prawa pobytu albo przebywa w areszcie lub więzieniu. Będzie to wtedy kwota dla osoby samotnej (lub samotnego rodzica) (art. 7.4.3 ust. 2).
bedrag-partner-zonder-recht = Pana/Pani partner nie ma prawa do pomocy społecznej (bijstand), bo nie ma ważnego prawa pobytu albo przebywa w areszcie lub więzieniu. Dlatego otrzymuje Pan/Pani kwotę dla osoby samotnej lub samotnego rodzica (art. 7.4.3 ust. 2).

## Amount: fixed, or in a document we do not have
# $maximaal: ja or nee; $per: maand, jaar or eenmalig.
bedrag-vast = { $maximaal ->
    [ja] Do { $bedrag }
   *[nee] { $bedrag }
} { $per ->
    [maand] miesięcznie
    [jaar] rocznie
   *[eenmalig] jednorazowo
}.
bedrag-in-document = Ile Pan/Pani otrzyma, jest podane w: { $document }. To narzędzie tego nie oblicza. Gmina poda Panu/Pani kwotę.

## Means (draagkracht)
draagkracht-in-document = Ile musi Pan/Pani zapłacić sam/sama (własny wkład, draagkracht), jest podane w: { $document }. To narzędzie tego nie oblicza. Gmina obliczy to dla Pana/Pani.
draagkracht-schuldregeling = Uczestniczy Pan/Pani w sądowym programie oddłużenia (Wsnp) albo w polubownej ugodzie w sprawie długów przez bank kredytowy (kredietbank, Stadsbank). Dopóki to trwa, nie ma Pan/Pani własnego wkładu (draagkracht): nie musi Pan/Pani nic płacić z własnych pieniędzy.
draagkracht-aow-onbekend = Jeśli otrzymuje Pan/Pani już państwową emeryturę (AOW), gmina oblicza Pana/Pani własny wkład (draagkracht) za okres { $aow_maanden } { $aow_maanden ->
    [one] miesiąca
   *[other] miesięcy
}, a jeśli nie – za okres { $maanden } { $maanden ->
    [one] miesiąca
   *[other] miesięcy
}. Na podstawie samego wieku w latach nie wiemy, czy jest Pan/Pani już w wieku emerytalnym AOW.
# $vermogen: ja if assets above the limit count, else nee; $nodig: a list.
draagkracht-nog-nodig = Pana/Pani własny wkład (draagkracht) to { $inkomen_procent } tej części dochodu, która przekracza { $boven_procent } normy pomocy społecznej (bijstandsnorm), za okres { $maanden } { $maanden ->
    [one] miesiąca
   *[other] miesięcy
}{ $vermogen ->
    [ja] , a do tego ta część majątku, która się liczy
   *[nee] {""}
}. Aby go obliczyć, potrzebne są jeszcze te informacje: { $nodig }.
draagkracht-berekend = Pana/Pani dochód jest wyższy niż { $grens }, czyli { $procent } normy pomocy społecznej (bijstandsnorm). Wtedy gmina oblicza, ile można było zaoszczędzić, na podstawie Pana/Pani prawdziwych dochodów i wydatków z ostatnich 36 miesięcy. Tego nie możemy obliczyć za Pana/Panią.
draagkracht-spaargeld-genoeg = Ale oszczędności, które zawsze się liczą ({ $spaargeld }), już wystarczą na Pana/Pani koszty.
# $vermogen: which assets count (vermogensgrens, alles, norm, bedrag), or nee where none do;
# $vrijlating: the amount left free under [bedrag].
draagkracht-bedrag = Pana/Pani własny wkład (draagkracht) wynosi { $draagkracht }: to { $inkomen_procent } tej części dochodu, która przekracza { $grens } ({ $boven_procent } normy pomocy społecznej, czyli bijstandsnorm, wynoszącej { $norm }; norma na dzień { $normdatum }), za okres { $maanden } { $maanden ->
    [one] miesiąca
   *[other] miesięcy
}{ $vermogen ->
    [vermogensgrens] , a do tego Pana/Pani majątek powyżej limitu majątku, czyli vermogensgrens ({ $vermogensdeel })
    [alles] , a do tego wszystkie Pana/Pani oszczędności i pieniądze w banku ({ $vermogensdeel })
    [norm] , a do tego pieniądze na koncie powyżej normy pomocy społecznej z dodatkiem urlopowym ({ $vermogensdeel })
    [bedrag] , a do tego oszczędności i gotówka powyżej { $vrijlating } albo cały majątek powyżej limitu majątku (także ten we własnym domu), jeśli to więcej ({ $vermogensdeel })
   *[nee] {""}
}. Tę część płaci Pan/Pani z własnych pieniędzy; specjalna pomoc (bijzondere bijstand) może pokryć to, czego potrzeba ponad tę kwotę.
draagkracht-schuldregeling-open = Czy uczestniczy Pan/Pani w sądowym programie oddłużenia (Wsnp) albo w polubownej ugodzie w sprawie długów przez bank kredytowy (kredietbank, Stadsbank)? Wtedy, dopóki to trwa, nie ma Pan/Pani własnego wkładu (draagkracht).
draagkracht-zorgkosten = W przypadku kosztów medycznych Pana/Pani własny wkład (draagkracht) wynosi { $draagkracht } za okres { $maanden } { $maanden ->
    [one] miesiąca
   *[other] miesięcy
}: przy dochodzie do { $tot_procent } normy odejmuje się od niego najwyżej { $verlaging }.
draagkracht-op-bijstand = Otrzymuje Pan/Pani zasiłek z pomocy społecznej (bijstand). Wtedy gmina może przyjąć, że nie ma Pan/Pani własnego wkładu (draagkracht); oszczędności z zasiłku nie są liczone. Podany wyżej własny wkład to więc najwyższa możliwa kwota.
draagkracht-bijstand-open = Czy otrzymuje Pan/Pani zasiłek z pomocy społecznej (bijstandsuitkering)? Wtedy gmina może przyjąć, że nie ma Pan/Pani własnego wkładu (draagkracht).
draagkracht-kosten-zonder-bedrag = Nie znamy jeszcze kwoty jednego lub kilku Pana/Pani kosztów; tych kosztów nie szacujemy.

## Equity in the own home above the limit (Montferland 003 par. 5.10)
woning-precies-grens = Ma Pan/Pani we własnym domu majątek powyżej limitu (wartość domu po odjęciu kredytu hipotecznego). Pomoc na wszystkie Pana/Pani koszty razem szacujemy na dokładnie { $grens } rocznie, czyli dokładnie na sam limit: gmina to oceni.
woning-onder-grens = Ma Pan/Pani we własnym domu majątek powyżej limitu (wartość domu po odjęciu kredytu hipotecznego). Pomoc na wszystkie Pana/Pani koszty razem wynosi mniej niż { $grens } rocznie (szacunkowo { $totaal }), dlatego gmina przyzna ją bez dalszego sprawdzania.
woning-boven-grens = Ma Pan/Pani we własnym domu majątek powyżej limitu (wartość domu po odjęciu kredytu hipotecznego). Pomoc na wszystkie Pana/Pani koszty razem szacujemy na { $totaal } rocznie. Jeśli pomoc wynosi więcej niż { $grens } rocznie, gmina odrzuca wniosek, chyba że nie byłoby rozsądne wymagać od Pana/Pani sprzedaży domu albo wzięcia (większego) kredytu pod zastaw domu. Gmina to oceni.

## What special assistance pays
vergoeding-gedekt = Pana/Pani koszty ({ $kosten }) nie są wyższe niż Pana/Pani własny wkład (draagkracht), który wynosi { $draagkracht }. Specjalna pomoc (bijzondere bijstand) nie pokrywa tego, co może Pan/Pani zapłacić z własnych pieniędzy.
vergoeding-een-keer = Pana/Pani własny wkład (draagkracht) liczy się tylko raz, dla wszystkich kosztów razem. Z tej kwoty { $gebruikt } zostało już wykorzystane na koszty w programie pomocy opisanym wyżej; tutaj liczy się jeszcze { $over }.
# $soort: the kind of cost (a list of one); $naam and $kruimel: names of schemes.
vergoeding-eigen-regeling-nee-kruimel = Na Pana/Pani koszty ({ $soort }) gmina ma osobny program pomocy: „{ $naam }”. Tamten program nie pokrywa tych kosztów w Pana/Pani przypadku, więc ten program też ich nie pokrywa. Jako małe koszty zwracane po fakcie być może pokryje je jednak program „{ $kruimel }”.
vergoeding-eigen-regeling-nee = Na Pana/Pani koszty ({ $soort }) gmina ma osobny program pomocy: „{ $naam }”. Tamten program nie pokrywa tych kosztów w Pana/Pani przypadku, więc ten program też ich nie pokrywa.
vergoeding-eigen-regeling = Na Pana/Pani koszty ({ $soort }) gmina ma osobny program pomocy: „{ $naam }”. To on decyduje, czy i jak gmina pokryje te koszty. Proszę sprawdzić tamten program.
vergoeding-alle-eigen-regeling-nee = Wszystkie Pana/Pani koszty należą do osobnych programów pomocy gminy, a te programy ich nie pokrywają. Dlatego ten ogólny program też ich nie pokrywa.

## The margin. $richting: meer or minder; $status: ja, misschien or nee.
marge-stap = Przy dochodzie { $richting ->
    [meer] wyższym
   *[minder] niższym
} o { $verschil } miesięcznie wynik zmieni się na „{ $status ->
    [ja] prawdopodobnie tak
    [misschien] być może
   *[nee] prawdopodobnie nie
}”.

## Who applies
rol-partner-vraagt-aan-als-alleenstaande = Nie ma Pan/Pani prawa do pomocy społecznej (bijstand), bo nie ma Pan/Pani ważnego prawa pobytu albo przebywa Pan/Pani w areszcie lub więzieniu. Pana/Pani partner ma to prawo. Wtedy partner może złożyć wniosek, z kwotą dla osoby samotnej (lub samotnego rodzica). Tam, gdzie poniżej jest mowa o „Panu/Pani”, chodzi o Pana/Pani partnera.
rol-partner-vraagt-aan = Nie może Pan/Pani złożyć tego wniosku (brak ważnego prawa pobytu, pobyt w areszcie lub więzieniu albo wiek poniżej 18 lat), ale Pana/Pani partner może. Tam, gdzie poniżej jest mowa o „Panu/Pani”, chodzi o Pana/Pani partnera.
