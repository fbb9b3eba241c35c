# The questions of the calculator (www/vragen.js): per question the question itself, a help text, the unit
# and the choices, in plain (B1) Polish. Which questions are asked is decided by the engine; this file
# only says how. The key follows the answer field: `aanvrager.leeftijd` is
# vraag-aanvrager-leeftijd, a detail of a child, adult or cost is called
# vraag-kind-…, vraag-medebewoner-…, vraag-kost-….

## Topics: one screen per topic
onderwerp-huishouden = Pana/Pani gospodarstwo domowe
onderwerp-inkomen = Pana/Pani dochód
onderwerp-vermogen = Pana/Pani pieniądze i majątek
onderwerp-situatie = Pana/Pani sytuacja
onderwerp-kosten = Pana/Pani koszty

## Units, after the input field and in the overview of the answers. Next to the empty field there
## is no $aantal: then the form marked with * applies.
eenheid-jaar = { $aantal ->
    [one] rok
    [few] lata
   *[many] lat
}
eenheid-maanden = { $aantal ->
    [one] miesiąc
    [few] miesiące
   *[many] miesięcy
}
eenheid-km = km

## A child, another adult: the heading above the details of each
item-kind = Dziecko { $nummer }
item-medebewoner = Osoba dorosła { $nummer }

## Your household
vraag-aanvrager-leeftijd = Ile ma Pan/Pani lat?
vraag-heeft-partner = Czy ma Pan/Pani partnera?
hulp-heeft-partner = Małżeństwo, zarejestrowany związek partnerski albo wspólne zamieszkanie z partnerem.
vraag-partner-leeftijd = Ile lat ma Pana/Pani partner?
vraag-partner-woont-elders = Czy jest Pan/Pani w związku małżeńskim lub ma partnera, ale nie mieszkają Państwo razem?
vraag-kinderen = Ile dzieci poniżej 18 lat mieszka z Panem/Panią?
hulp-kinderen = Proszę wpisać 0, jeśli nie mieszkają z Panem/Panią żadne dzieci.
vraag-medebewoners = Ile innych osób dorosłych (w wieku 18 lat lub starszych) mieszka z Panem/Panią?
hulp-medebewoners = Na przykład dorosłe dziecko, rodzic lub współlokator. Nie Pana/Pani partner. Proszę wpisać 0, jeśli nikt inny z Panem/Panią nie mieszka. Te osoby mogą być „osobami dzielącymi koszty” (kostendeler): wtedy Pana/Pani norma pomocy społecznej (bijstandsnorm) jest niższa.
vraag-kind-leeftijd = Wiek
vraag-medebewoner-leeftijd = Wiek
vraag-medebewoner-student = Uczy się i dostaje studiefinanciering lub WTOS?
vraag-medebewoner-commerciele-huurder = Wynajmuje od Pana/Pani pokój za zwykłą cenę?

## Your income
vraag-aanvrager-inkomen = Jaki jest Pana/Pani dochód miesięczny?
vraag-partner-inkomen = Jaki jest miesięczny dochód Pana/Pani partnera?
hulp-inkomen = Kwota netto na miesiąc, bez dodatku urlopowego. Proszę doliczyć: wynagrodzenie, zasiłek, emeryturę, alimenty dla siebie. Proszę nie doliczać: dodatku mieszkaniowego (huurtoeslag), dodatku do ubezpieczenia zdrowotnego (zorgtoeslag), zasiłku rodzinnego (kinderbijslag) i zasiłku na dziecko zależnego od dochodu (kindgebonden budget). Od 2026 roku nie liczą się darowizny do 1200 euro rocznie na całe gospodarstwo domowe. Pomoc z banku żywności (voedselbank) też się nie liczy.
vraag-aanvrager-inkomensbron = Skąd pochodzi głównie Pana/Pani dochód?
hulp-aanvrager-inkomensbron = Jeśli otrzymuje Pan/Pani od gminy zasiłek z pomocy społecznej (bijstandsuitkering), proszę wybrać „Pomoc społeczna”, także jeśli dodatkowo trochę Pan/Pani zarabia.
vraag-partner-inkomensbron = Skąd pochodzi głównie dochód Pana/Pani partnera?
keuze-inkomensbron-bijstand = Pomoc społeczna – bijstand (zasiłek od gminy)
keuze-inkomensbron-aow = Emerytura AOW lub inna emerytura
keuze-inkomensbron-loon = Praca (wynagrodzenie)
keuze-inkomensbron-uitkering = Inny zasiłek, na przykład WW lub WIA
keuze-inkomensbron-studiefinanciering = Studiefinanciering (wsparcie finansowe na naukę)
keuze-inkomensbron-ondernemer = Własna firma
keuze-inkomensbron-geen = Brak dochodu
keuze-inkomensbron-anders = Coś innego
vraag-maanden-laag-inkomen = Od jak dawna żyje Pan/Pani z mniej więcej takiego dochodu?
hulp-maanden-laag-inkomen = W miesiącach, bez przerwy. 3 lata to 36 miesięcy. Proszę liczyć każdy miesiąc, w którym dochód nie był wyższy niż mniej więcej teraz, także jeśli trochę się zmieniał. Czas w ośrodku dla osób ubiegających się o azyl (azc) też się liczy.
vraag-aanvrager-student = Czy uczy się Pan/Pani w szkole lub na studiach, za które może Pan/Pani dostać studiefinanciering lub WTOS (wsparcie finansowe na naukę), albo czy tak było w ostatnich 12 miesiącach?
hulp-aanvrager-student = Także jeśli nie składa Pan/Pani wniosku o studiefinanciering lub WTOS: chodzi o to, czy można by je dostać.
vraag-partner-student = Czy Pana/Pani partner uczy się w szkole lub na studiach, za które może dostać studiefinanciering lub WTOS, albo czy tak było w ostatnich 12 miesiącach?
vraag-inkomenstoeslag-laatste-12-maanden = Czy w ostatnich 12 miesiącach gmina przyznała Panu/Pani indywidualny dodatek do dochodu (individuele inkomenstoeslag)?
vraag-alleenstaande-ouderkop = Ile wynosi miesięcznie dodatek dla samotnego rodzica (alleenstaande-ouderkop) w Pana/Pani zasiłku na dziecko (kindgebonden budget)?
hulp-alleenstaande-ouderkop = Samotni rodzice dostają w zasiłku na dziecko (kindgebonden budget) dodatkową kwotę: alleenstaande-ouderkop. Widać ją w Mijn toeslagen albo w decyzji (beschikking) z Belastingdienst, czyli holenderskiego urzędu skarbowego. Ta gmina liczy tę część jako dochód. Jeśli nie dostaje Pan/Pani tego dodatku, proszę wpisać 0.
vraag-alimentatie-betaald = Ile alimentów płaci Pan/Pani miesięcznie?
hulp-alimentatie-betaald = Alimenty, które Pan/Pani lub Pana/Pani partner płaci na byłego partnera albo na dzieci poniżej 21 lat, które nie mieszkają z Panem/Panią. Ta gmina odejmuje je od dochodu. Jeśli nie płaci Pan/Pani alimentów, proszę wpisać 0.

## Your money and possessions
vraag-vermogen = Ile pieniędzy i majątku ma razem Pana/Pani gospodarstwo domowe?
hulp-vermogen = Proszę dodać: pieniądze w banku i na koncie oszczędnościowym, gotówkę oraz drogie rzeczy, na przykład samochód, którego Pan/Pani nie potrzebuje. Proszę odjąć długi. O dom zapytamy osobno.
vraag-eigen-woning = Czy ma Pan/Pani własny dom?
vraag-woz-waarde = Jaka jest wartość WOZ Pana/Pani domu?
hulp-woz-waarde = Jest podana w decyzji o podatkach gminnych (aanslag gemeentelijke belastingen).
vraag-hypotheek = Ile kredytu hipotecznego zostało Panu/Pani jeszcze do spłaty?
vraag-woonkosten = Ile płaci Pan/Pani miesięcznie za czynsz lub kredyt hipoteczny?

## Your situation
vraag-zelfstandige-huishouding = Czy prowadzi Pan/Pani własne gospodarstwo domowe?
hulp-zelfstandige-huishouding = Mieszka Pan/Pani samodzielnie i samodzielnie prowadzi dom: nie mieszka Pan/Pani u kogoś innego ani w placówce (instelling).
vraag-schulden = Czy ma Pan/Pani długi lub zaległości, których nie może Pan/Pani spłacić?
vraag-schuldregeling = Czy uczestniczy Pan/Pani teraz w sądowym programie oddłużenia (Wsnp) albo w ugodzie w sprawie długów (schuldregeling)?
hulp-schuldregeling = Na przykład polubowna ugoda w sprawie długów przez bank kredytowy (kredietbank) lub Stadsbank.
vraag-beperking-huisgenoot = Czy ktoś inny w Pana/Pani gospodarstwie domowym ma niepełnosprawność albo przewlekły problem psychiczny lub psychospołeczny?
hulp-beperking-huisgenoot = Na przykład dziecko albo inna osoba dorosła, która mieszka z Panem/Panią.
vraag-aanvrager-chronisch-ziek-of-beperking = Czy ma Pan/Pani chorobę przewlekłą lub niepełnosprawność?
vraag-partner-chronisch-ziek-of-beperking = Czy Pana/Pani partner ma chorobę przewlekłą lub niepełnosprawność?
vraag-aanvrager-geldige-verblijfstitel = Czy mieszka Pan/Pani legalnie w Holandii?
hulp-aanvrager-geldige-verblijfstitel = Ma Pan/Pani obywatelstwo holenderskie albo mieszka tu legalnie: z ważnym zezwoleniem na pobyt (verblijfsvergunning) albo jako obywatel(ka) Unii Europejskiej, Norwegii, Islandii, Liechtensteinu lub Szwajcarii. Nie jest Pan/Pani pewien/pewna? Proszę zapytać gminę.
vraag-partner-geldige-verblijfstitel = Czy Pana/Pani partner mieszka legalnie w Holandii?
hulp-partner-geldige-verblijfstitel = Pana/Pani partner ma obywatelstwo holenderskie albo mieszka tu legalnie: z ważnym zezwoleniem na pobyt (verblijfsvergunning) albo jako obywatel Unii Europejskiej, Norwegii, Islandii, Liechtensteinu lub Szwajcarii. Nie jest Pan/Pani pewien/pewna? Proszę zapytać gminę.
vraag-aanvrager-gedetineerd = Czy jest Pan/Pani teraz w więzieniu lub w areszcie (detentie)?
vraag-partner-gedetineerd = Czy Pana/Pani partner jest teraz w więzieniu lub w areszcie (detentie)?

## Your costs, and per cost what the rules want to know about it
vraag-kosten = Czy ma Pan/Pani teraz koszty, których nie może Pan/Pani zapłacić z własnych pieniędzy?
hulp-kosten = Na przykład zepsuta pralka, własny wkład w koszty opieki (eigen bijdrage), pogrzeb albo koszty zarządu finansami (bewindvoering).
vraag-kost-soort = Za co są te koszty?
keuze-kost-medisch = Opieka zdrowotna lub koszty medyczne
keuze-kost-witgoed = Pralka, lodówka lub kuchenka
keuze-kost-computer = Komputer lub laptop do szkoły
keuze-kost-babyuitzet = Wyprawka dla niemowlęcia
keuze-kost-uitvaart = Pogrzeb
keuze-kost-bewindvoering = Zarząd finansami (bewindvoering)
keuze-kost-reiskosten = Koszty podróży
keuze-kost-kinderopvang = Opieka nad dziećmi (kinderopvang)
keuze-kost-verhuizing = Przeprowadzka
keuze-kost-afval = Dodatkowe odpady z powodu niepełnosprawności lub choroby
keuze-kost-waarborgsom = Kaucja za wynajmowane mieszkanie
keuze-kost-overig = Coś innego
keuze-kost-alimentatie = Alimenty
keuze-kost-boete = Grzywna
keuze-kost-schade = Szkoda, którą muszę zapłacić
keuze-kost-schuldaflossing = Spłata długów
keuze-kost-huurschuld = Zaległy czynsz
keuze-kost-energieschuld = Dług za gaz, wodę lub prąd
keuze-kost-budgetbeheer = Zarządzanie budżetem (budgetbeheer)
keuze-kost-leges-verblijfsvergunning = Przedłużenie lub zmiana zezwolenia na pobyt
keuze-kost-naturalisatie = Naturalizacja
keuze-kost-eigen-risico = Udział własny w ubezpieczeniu zdrowotnym (eigen risico)
vraag-kost-bedrag = Ile to kosztuje?
vraag-kost-item = Jakie urządzenie?
keuze-apparaat-wasmachine = Pralka
keuze-apparaat-koelkast = Lodówka
keuze-apparaat-kookapparatuur = Kuchenka lub płyta grzewcza
vraag-kost-vervanging = Czy zastępuje to coś, co się zepsuło?
vraag-kost-jaren-sinds-vorige-vergoeding = Ile lat temu gmina zwróciła Panu/Pani koszty za tę rzecz?
vraag-kost-via-kinderen-tellen-mee = Czy w ostatnich 5 latach Pana/Pani dziecko dostało komputer od fundacji Stichting Kinderen tellen mee?
vraag-kost-eerste-kind = Czy to Pana/Pani pierwsze dziecko?
vraag-kost-overledene = Kto zmarł?
keuze-overledene-partner = Mój partner lub moja partnerka
keuze-overledene-kind = Moje dziecko
keuze-overledene-ouder = Mój ojciec lub moja matka
keuze-overledene-anders = Ktoś inny
vraag-kost-wsnp = Czy zarząd finansami należy do WSNP (ustawowego programu oddłużenia)?
vraag-kost-al-betaald = Czy to zostało już kupione lub zapłacone?
hulp-kost-al-betaald = Gmina zwykle pomaga tylko wtedy, gdy poprosi Pan/Pani o pomoc przed zakupem lub zapłatą.
vraag-kost-voorliggende-voorziening = Czy coś innego już pokrywa to w całości, na przykład ubezpieczenie zdrowotne albo dodatek na opiekę nad dziećmi (kinderopvangtoeslag)?
hulp-kost-voorliggende-voorziening = Pokrywa tylko część? Wtedy proszę wybrać „Nie” i przy kwocie wpisać, ile musi Pan/Pani zapłacić z własnych pieniędzy.
vraag-kost-zeer-dringend = Czy jest nagła sytuacja kryzysowa?
hulp-kost-zeer-dringend = Na przykład gdy Pana/Pani życie lub zdrowie będzie w poważnym niebezpieczeństwie, jeśli to nie zostanie zapłacone.
vraag-kost-reisdoel = W jakim celu Pan/Pani podróżuje?
keuze-reisdoel-arts-buiten-gemeente = Do lekarza, terapeuty lub specjalisty poza gminą
keuze-reisdoel-familie-in-ziekenhuis = Do mojego partnera, dziecka lub rodzica w szpitalu lub domu opieki
keuze-reisdoel-familie-in-detentie = Do mojego partnera, dziecka lub rodzica w więzieniu
keuze-reisdoel-school = Dowóz mojego dziecka do szkoły, której nie ma w pobliżu
keuze-reisdoel-re-integratie = W związku z powrotem do pracy (re-integratie) lub szkoleniem
keuze-reisdoel-anders = Coś innego
vraag-kost-enkele-reis-km = Ile kilometrów ma podróż w jedną stronę?
hulp-kost-enkele-reis-km = Najkrótsza trasa, na przykład według planera tras ANWB. Tylko w jedną stronę, nie tam i z powrotem.
vraag-kost-dreigt-uitzetting-of-afsluiting = Czy grozi Panu/Pani eksmisja albo odcięcie gazu, wody lub prądu?
hulp-kost-dreigt-uitzetting-of-afsluiting = Na przykład list od wynajmującego, komornika (deurwaarder) lub dostawcy energii.
vraag-kost-kinderopvang-reden = Dlaczego potrzebna jest opieka nad dzieckiem?
keuze-opvangreden-re-integratie = Szukanie pracy, powrót do pracy (re-integratie) lub kurs integracyjny (inburgering)
keuze-opvangreden-werkaanvaarding = Niedawno podjęta praca po okresie pomocy społecznej (bijstand)
keuze-opvangreden-sociaal-medische-indicatie = Powody medyczne lub społeczne (wskazanie, indicatie)
keuze-opvangreden-anders = Inny powód
