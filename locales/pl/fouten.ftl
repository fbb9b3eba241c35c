# What is wrong with the answers (src/household/parse.rs, parse/velden.rs, veldfout.rs), the
# warnings on the norms (src/norms/mod.rs) and why a norm cannot be told
# (src/evaluate/huishouden/mod.rs). { $veld } is the name of the field (a veld- message, at the
# start of the sentence: capitalised, followed by a colon in Polish); { $ingevuld } is what was entered, as it is.

## Errors in the answers
fout-geen-json = Odpowiedzi nie są w poprawnym formacie JSON: { $detail }
fout-antwoorden-te-groot = Odpowiedzi są za długie: mogą mieć najwyżej { $max } znaków.
fout-lijst-te-lang = { $veld }: można wpisać najwyżej { $max }, nie { $aantal }.
fout-partner-zonder-heeft-partner = Wpisano dane partnera, ale nie zaznaczono, że ma Pan/Pani partnera. Przy pytaniu „Czy ma Pan/Pani partnera?” proszę wybrać „tak” albo usunąć dane partnera.
fout-geen-groep-velden = { $veld }: tu musi być grupa pól (obiekt), a nie pojedyncza wartość.
fout-onbekend-veld-bedoelt = Nieznane pole „{ $naam }”. Czy chodzi o „{ $suggestie }”?
fout-onbekend-veld = Nieznane pole „{ $naam }”. Możliwe pola: { $velden }.
fout-kind-te-oud = Dziecko nr { $nummer } ma 18 lat lub więcej. Dzieci w wieku 18 lat i starsze proszę wpisać jako inne osoby dorosłe w domu (współmieszkańcy).
fout-medebewoner-te-jong = Współmieszkaniec nr { $nummer } ma mniej niż 18 lat. Dzieci poniżej 18 lat proszę wpisać przy dzieciach.
fout-soort-ontbreekt = Proszę podać, za co są te koszty. Do wyboru: { $keuzes }.
fout-geen-lijst = { $veld }: tu musi być lista; pusta lista oznacza „brak”.
fout-leeftijd-ongeldig = { $veld }: wiek musi wynosić od { $min } do { $max } lat; wpisano: { $ingevuld }.
fout-geen-hele-jaren = { $veld }: proszę podać pełną liczbę lat, na przykład 38.
fout-buiten-bereik = { $veld }: wartość musi wynosić od 0 do { $max }; wpisano: { $ingevuld }.
fout-geen-heel-getal = { $veld }: tu musi być liczba całkowita.
fout-bedrag-veel-te-groot = { $veld }: ta kwota jest o wiele za duża. Proszę sprawdzić, czy kwota jest wpisana poprawnie.
fout-geen-bedrag = { $veld }: tu musi być kwota w euro, na przykład 1250,00.
fout-negatief-bedrag = { $veld }: kwota nie może być ujemna; wpisano: { $bedrag }.
fout-bedrag-te-groot = { $veld }: kwota jest wyższa niż { $max }. Proszę sprawdzić, czy kwota jest wpisana poprawnie.
fout-te-veel-decimalen = { $veld }: można wpisać najwyżej dwie cyfry po przecinku.
fout-geen-ja-nee = { $veld }: proszę wybrać „tak” lub „nie”.
fout-onbekende-keuze = { $veld }: „{ $ingevuld }” nie jest możliwe. Do wyboru: { $keuzes }.
fout-onbekende-keuze-bedoelt = { $veld }: „{ $ingevuld }” nie jest możliwe. Do wyboru: { $keuzes }. Czy chodzi o „{ $suggestie }”?

## The fields, as the errors name them (each is followed by a colon)
veld-antwoorden = Odpowiedzi
veld-heeft-partner = Czy ma Pan/Pani partnera
veld-partner-woont-elders = Czy Pana/Pani partner mieszka gdzie indziej
veld-vermogen = Pana/Pani majątek
veld-eigen-woning = Czy ma Pan/Pani własny dom
veld-woz-waarde = Wartość WOZ Pana/Pani domu
veld-hypotheek = Pana/Pani kredyt hipoteczny
veld-woonkosten = Pana/Pani koszty mieszkania
veld-maanden-laag-inkomen = Liczba miesięcy z niskim dochodem
veld-inkomenstoeslag-laatste-12-maanden = Czy w ostatnich 12 miesiącach przyznano Panu/Pani dodatek do dochodu (inkomenstoeslag)
veld-alleenstaande-ouderkop = Dodatek dla samotnego rodzica (alleenstaande-ouderkop) w Pana/Pani zasiłku na dziecko (kindgebonden budget)
veld-alimentatie-betaald = Alimenty, które Pan/Pani płaci
veld-schulden = Czy ma Pan/Pani długi
veld-schuldregeling = Czy uczestniczy Pan/Pani w programie oddłużenia lub w ugodzie w sprawie długów
veld-beperking-huisgenoot = Czy ktoś inny w Pana/Pani gospodarstwie domowym ma niepełnosprawność
veld-zelfstandige-huishouding = Czy prowadzi Pan/Pani własne gospodarstwo domowe
veld-partner = Dane Pana/Pani partnera
veld-aanvrager = Pana/Pani dane
veld-kinderen = Dzieci
veld-kind = Dane dziecka
veld-kind-leeftijd = Wiek dziecka
veld-medebewoners = Inne osoby dorosłe w domu
veld-medebewoner = Dane współmieszkańca
veld-medebewoner-leeftijd = Wiek współmieszkańca
veld-medebewoner-student = Czy współmieszkaniec się uczy
veld-medebewoner-commerciele-huurder = Czy współmieszkaniec wynajmuje pokój
veld-kosten = Koszty
veld-kost = Dane pozycji kosztów
veld-kost-soort = Rodzaj kosztów
veld-kost-item = Urządzenie
veld-kost-vervanging = Czy chodzi o wymianę
veld-kost-jaren-sinds-vorige-vergoeding = Liczba lat od poprzedniego zwrotu kosztów
veld-kost-via-kinderen-tellen-mee = Czy komputer otrzymano z programu Kinderen tellen mee
veld-kost-eerste-kind = Czy chodzi o pierwsze dziecko
veld-kost-overledene = Kto zmarł
veld-kost-wsnp = Czy zarząd finansami (bewind) należy do sądowego programu oddłużenia (WSNP)
veld-kost-kinderopvang-reden = Dlaczego potrzebna jest opieka nad dzieckiem
veld-kost-al-betaald = Czy koszty są już zapłacone
veld-kost-voorliggende-voorziening = Czy inny program pomocy pokrywa te koszty
veld-kost-zeer-dringend = Czy jest nagła sytuacja kryzysowa
veld-kost-reisdoel = Cel podróży
veld-kost-enkele-reis-km = Odległość w jedną stronę
veld-kost-dreigt-uitzetting-of-afsluiting = Czy grozi eksmisja lub odcięcie gazu, wody albo prądu
veld-kost-bedrag = Kwota kosztów
veld-aanvrager-leeftijd = Pana/Pani wiek
veld-partner-leeftijd = Wiek Pana/Pani partnera
veld-aanvrager-inkomen = Pana/Pani dochód
veld-partner-inkomen = Dochód Pana/Pani partnera
veld-aanvrager-inkomensbron = Rodzaj Pana/Pani dochodu
veld-partner-inkomensbron = Rodzaj dochodu Pana/Pani partnera
veld-aanvrager-student = Czy Pan/Pani się uczy
veld-partner-student = Czy Pana/Pani partner się uczy
veld-aanvrager-chronisch-ziek-of-beperking = Czy ma Pan/Pani niepełnosprawność lub chorobę przewlekłą
veld-partner-chronisch-ziek-of-beperking = Czy Pana/Pani partner ma niepełnosprawność lub chorobę przewlekłą
veld-aanvrager-geldige-verblijfstitel = Czy ma Pan/Pani ważne zezwolenie na pobyt
veld-partner-geldige-verblijfstitel = Czy Pana/Pani partner ma ważne zezwolenie na pobyt
veld-aanvrager-gedetineerd = Czy przebywa Pan/Pani w areszcie lub więzieniu
veld-partner-gedetineerd = Czy Pana/Pani partner przebywa w areszcie lub więzieniu

## Warnings on the norms
waarschuwing-normen-niet-actueel = Liczymy według norm pomocy społecznej (bijstandsnormen) obowiązujących od { $van }. Norm obowiązujących od { $volgende } nie ma jeszcze w tym kalkulatorze. Dlatego kwoty mogą się trochę różnić.
waarschuwing-regels-oud = To narzędzie korzysta z zasad gminy { $gemeente } z roku { $jaar }. Te zasady mają już kilka lat. Zapytaj gminę, czy nadal obowiązują.
waarschuwing-vermogensgrenzen-niet-actueel = Liczymy według limitów majątku (vermogensgrenzen) obowiązujących od { $van }; nowszych limitów nie ma jeszcze w tym kalkulatorze.

## Why the norm cannot be told
# { $jaar } is the calendar year, as written (no separator).
onbepaald-aow-leeftijd = W roku { $jaar } wiek emerytalny AOW wynosi { $jaren } { $jaren ->
    [one] rok
    [few] lata
   *[many] lat
} i { $maanden } { $maanden ->
    [one] miesiąc
    [few] miesiące
   *[many] miesięcy
}. Na podstawie samego wieku w latach nie wiemy, czy ten wiek został już osiągnięty.
onbepaald-onder-18 = Dla osób poniżej 18 lat nie ma normy pomocy społecznej (bijstandsnorm). Proszę zapytać gminę, jakie są możliwości w Pana/Pani przypadku.
