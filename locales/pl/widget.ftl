# The calculator's own words (www/bereken-uw-recht.js and the screens), around what the
# engine and the municipality's rules say. Plain (B1) Polish. Amounts and dates arrive already
# formatted ($norm, $datum), counts as numbers ($aantal, $nummer).

## Loading
rekenhulp-titel = Sprawdź, co Panu/Pani przysługuje
rekenhulp-laden = Kalkulator się wczytuje…
rekenhulp-kan-niet-laden = Kalkulator nie działa w tej przeglądarce. Proszę zajrzeć na stronę internetową swojej gminy albo zadzwonić do gminy.
rekenhulp-regels-niet-geladen = Nie udało się wczytać zasad gminy.

## The start screen
start-kop = Sprawdź, co Panu/Pani przysługuje: { $gemeente }
start-intro = Proszę odpowiedzieć na kilka pytań o swoje gospodarstwo domowe. Zobaczy Pan/Pani wtedy, które programy pomocy gminy mogą być dla Pana/Pani, i dlaczego. Zajmuje to około 5 minut.
start-privacy = Pana/Pani odpowiedzi zostają na tym urządzeniu. Nic nie jest wysyłane.
start-versie = Zasady gminy { $gemeente }, wersja { $versie }.
start-versie-normen = Zasady gminy { $gemeente }, wersja { $versie }; normy pomocy społecznej (bijstandsnormen) obowiązujące od { $normen }.
start-teruggezet = Zapisane odpowiedzi zostały przywrócone.
# The language choice: the languages themselves are named in their own language (www/talen.js).
taal-kies = Język
taal-gekozen = Kalkulator jest teraz po polsku.

## Buttons
knop-begin = Zacznij
knop-vorige = Wstecz
knop-volgende = Dalej
knop-naar-uitkomst = Zobacz wynik
knop-print = Wydrukuj lub zapisz jako PDF
knop-nieuw = Nowe obliczenie
knop-gesprek = Poproś o rozmowę z gminą (keukentafelgesprek)
knop-volgend-huishouden = Następne gospodarstwo domowe
knop-wis-huishouden = Tak, usuń wszystko
knop-niet-wissen = Nie, kontynuuj
knop-kost-toevoegen = Dodaj kolejną pozycję kosztów
knop-kost-weghalen = Usuń pozycję kosztów nr { $nummer }
# Below each topic in the overview of the answers.
knop-wijzig = { $onderwerp ->
    [huishouden] Zmień dane o gospodarstwie domowym
    [inkomen] Zmień dane o dochodzie
    [vermogen] Zmień dane o pieniądzach i majątku
    [situatie] Zmień dane o sytuacji
   *[kosten] Zmień dane o kosztach
}

## The questions
vragen-stap = Krok { $stap } z { $aantal }
vragen-fouten-kop = Proszę najpierw poprawić te odpowiedzi:
vragen-geen-aantal = Proszę wpisać liczbę, na przykład 2. Proszę wpisać 0, jeśli nikogo takiego nie ma.
vragen-verplicht = Musimy to wiedzieć. Bez tej odpowiedzi nie możemy obliczyć żadnego świadczenia.
vragen-kostenpost = Pozycja kosztów nr { $nummer }
vragen-tot-nu-toe = Wynik do tej pory
vragen-telling = Wynik do tej pory: prawdopodobnie tak – { $ja }, być może – { $misschien }
antwoord-weet-niet = Nie wiem
antwoord-ja = Tak
antwoord-nee = Nie
antwoord-kies = Proszę wybrać…
antwoord-nooit = Jeszcze nigdy
antwoord-geen = brak odpowiedzi

## The outcome
uitkomst-kop = Pana/Pani wynik
uitkomst-samenvatting-kop = Podsumowanie do zabrania do gminy
uitkomst-intro = To są programy pomocy gminy { $gemeente } na dzień { $datum }. To jest szacunek: gmina podejmuje decyzję dopiero wtedy, gdy złoży Pan/Pani wniosek.
# Shown only in a language other than Dutch, once at the top of the outcome and on the
# printout. Dutch has the key too, so that every language has it.
nederlands-leidend = Ten tekst jest tłumaczeniem. Liczy się tylko niderlandzki tekst zasad: na jego podstawie decyduje gmina.
# Beside the translated name of a scheme: its name in the municipality's rules.
uitkomst-nederlandse-naam = Nazwa po niderlandzku:
uitkomst-leefvorm = { $leefvorm ->
    [alleenstaande] Liczymy Pana/Panią jako osobę samotną.
    [alleenstaande_ouder] Liczymy Pana/Panią jako samotnego rodzica.
   *[gehuwden] Liczymy Państwa jako małżeństwo lub parę mieszkającą razem.
}
uitkomst-norm = Liczymy według normy pomocy społecznej (bijstandsnorm) dla Pana/Pani gospodarstwa domowego: { $norm } miesięcznie (norma z { $datum }).
uitkomst-procent = Pana/Pani dochód to { $procent } tej normy.
uitkomst-kostendelersnorm = Dla samego zasiłku z pomocy społecznej (bijstand) obowiązuje niższa norma przy dzieleniu kosztów (kostendelersnorm): dzieli Pan/Pani koszty z { $anderen } { $anderen ->
    [one] inną osobą dorosłą
   *[other] innymi osobami dorosłymi
}, a wtedy norma wynosi { $norm } miesięcznie. Programy pomocy poniżej liczą według normy bez dzielenia kosztów, chyba że same podają inaczej.
uitkomst-waarom = Dlaczego?
uitkomst-wat-als = Co, jeśli…?
uitkomst-wat-kunt-u-doen = Co może Pan/Pani zrobić?
uitkomst-nee-vervolgstap = To się nie zgadza albo Pana/Pani sytuacja jest inna niż tutaj wpisano? Wtedy proszę poprosić o rozmowę z pracownikiem gminy (keukentafelgesprek): gmina przejrzy z Panem/Panią wszystko.
uitkomst-bron = Źródło:
uitkomst-ontbreekt = Tego jeszcze nie wiemy:
uitkomst-advies = Rada: proszę poprosić o rozmowę z pracownikiem gminy (keukentafelgesprek)
uitkomst-let-op = Uwaga
uitkomst-antwoorden-kop = Pana/Pani odpowiedzi
uitkomst-gesprek-uitleg = Chce Pan/Pani porozmawiać z gminą o swojej sytuacji? Proszę poprosić o bezpłatną rozmowę z pracownikiem gminy (keukentafelgesprek).
uitkomst-gesprek-print = Chce Pan/Pani porozmawiać z gminą { $gemeente } o swojej sytuacji? Proszę poprosić o bezpłatną rozmowę z pracownikiem gminy (keukentafelgesprek) i zabrać ze sobą to podsumowanie.
uitkomst-gesprek-print-website = Chce Pan/Pani porozmawiać z gminą { $gemeente } o swojej sytuacji? Proszę poprosić o bezpłatną rozmowę z pracownikiem gminy (keukentafelgesprek) i zabrać ze sobą to podsumowanie ({ $website }).
uitkomst-gemaakt = Utworzono dnia { $datum }.
uitkomst-versie = Zasady gminy { $gemeente }, wersja { $versie }; kalkulator { $motor }.
uitkomst-normen-van = Normy pomocy społecznej (bijstandsnormen) obowiązujące od { $datum }.
uitkomst-per-regeling = Każdy program osobno
uitkomst-samenvatting-label = Podsumowanie
uitkomst-samenvatting-ja = To prawdopodobnie może Pan/Pani otrzymać
uitkomst-samenvatting-misschien = To być może może Pan/Pani otrzymać
uitkomst-samenvatting-geen = Nie znajdujemy teraz programu, który pasuje do Pana/Pani sytuacji. Czy to się nie zgadza? Podczas rozmowy przy stole kuchennym (keukentafelgesprek) gmina przyjrzy się wszystkiemu razem z Panem/Panią.
uitkomst-bedrag-kort = { $maximaal ->
    [ja] do { $bedrag }
   *[nee] { $bedrag }
} { $per ->
    [maand] miesięcznie
    [jaar] rocznie
   *[eenmalig] jednorazowo
}
uitkomst-bedrag-onbekend = kwotę poda gmina
uitkomst-details = Dlaczego i co może Pan/Pani zrobić?
uitkomst-wat-betekent = Co oznacza { $woord }?
woord-draagkracht = draagkracht (to, co może Pan/Pani zapłacić sam/sama)
uitleg-draagkracht = Draagkracht to część dochodu i oszczędności, którą według przepisów może Pan/Pani zapłacić sam/sama. Gmina płaci tylko to, co jest powyżej tej kwoty.
woord-bijstandsnorm = bijstandsnorm (norma zasiłku)
uitleg-bijstandsnorm = Bijstandsnorm to kwota miesięczna, którą prawo uznaje za potrzebną do życia dla Pana/Pani rodzaju gospodarstwa domowego. Wiele świadczeń sprawdza, jaki procent tej kwoty stanowi Pana/Pani dochód.
uitkomst-voor-alle = Dotyczy to kilku programów poniżej
uitkomst-andere-kop = Inne programy gminy
uitkomst-andere-uitleg = Te programy dotyczą kosztów, których Pan/Pani nie podał(a). Czy ma Pan/Pani takie koszty? Proszę je wpisać, a sprawdzimy, czy może Pan/Pani otrzymać pomoc.
knop-kosten-invullen = Wpisz koszty
uitkomst-niet-berekend-kop = Czego to narzędzie nie oblicza
uitkomst-niet-berekend-uitleg = Gmina ma też te programy. To narzędzie ich nie sprawdza. Proszę zapytać o nie gminę, jeśli mogą być dla Pana/Pani ważne.
uitkomst-print-uitleg = Wydrukuj też wyjaśnienie do każdego programu
uitkomst-ook-in-geld = Może Pan/Pani otrzymać to także w pieniądzu, zamiast bonu lub punktów. Proszę zapytać gminę.
uitkomst-aanvragen = Złóż wniosek w gminie
uitkomst-in-geld-bron = To, że można to otrzymać w pieniądzu, jest zapisane w:

## Keeping answers on this device
bewaar-keuze = Zapisz moje odpowiedzi na tym urządzeniu
bewaar-uitleg = Tylko jeśli Pan/Pani to włączy. Proszę tego nie robić na komputerze, z którego korzystają też inne osoby.
bewaar-wis = Usuń moje dane
bewaar-gewist = Pana/Pani dane zostały usunięte z tego urządzenia.
bewaar-nieuw-gedaan = Wszystkie odpowiedzi zostały usunięte.

## Volunteer mode (formulierenbrigade)
brigade-melding = Tryb wolontariusza: nic nie jest zapisywane.
brigade-wis-vraag = Wszystkie odpowiedzi tego gospodarstwa domowego zostaną usunięte. Czy ta osoba skończyła?
brigade-huishouden-gewist = Wszystkie dane poprzedniego gospodarstwa domowego zostały usunięte. Można zacząć od następnego gospodarstwa domowego.
brigade-samen-met-vrijwilliger = Wypełnione razem z wolontariuszem, który pomaga wypełniać formularze (formulierenbrigade).

## A request for a conversation that has not been sent yet
postvak-wacht = Pana/Pani prośba o rozmowę nie została jeszcze wysłana. Wyślemy ją, gdy tylko będzie połączenie z internetem.
postvak-onverstuurd-wissen = Jest prośba o rozmowę, która nie została jeszcze wysłana. Jeśli Pan/Pani przejdzie dalej, zostanie usunięta. Przejść dalej?

## Co jeśli mój dochód się zmieni? (grafiek.js)
grafiek-kop = Co jeśli mój dochód się zmieni?
grafiek-uitleg = Tutaj widać, które świadczenia prawdopodobnie otrzymasz, jeśli Twój miesięczny dochód będzie wyższy lub niższy. Pozostałe odpowiedzi się nie zmieniają.
grafiek-beschrijving = Wykres { $aantal ->
    [one] jednego świadczenia, które zależy
    [few] { $aantal } świadczeń, które zależą
   *[other] { $aantal } świadczeń, które zależą
  } od Twojego dochodu. Te same liczby są w tabeli poniżej.
grafiek-as = Dochód miesięczny
grafiek-nu = Ty teraz: { $bedrag }
grafiek-stappen = Wykres obejmuje od € 0 do { $max } miesięcznie: dwa razy normę zasiłku w wysokości { $norm }.
grafiek-tabel = Pokaż liczby w tabeli
grafiek-tabel-bijschrift = Co jeśli mój dochód się zmieni? Dla każdego świadczenia: przy jakim dochodzie miesięcznym
grafiek-kolom-inkomen = Dochód miesięczny
grafiek-kolom-uitkomst = Wynik
grafiek-tot = do { $tot } włącznie
grafiek-bereik = od { $van } do { $tot } włącznie
grafiek-vanaf = { $van } lub więcej
