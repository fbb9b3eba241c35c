# The reasons for the cost conditions (src/evaluate/redenen/kosten.rs): whether a cost fits the
# scheme, and which ground for refusal decides.

## Names of costs. $soort and $apparaat: the id from the answers. Nominative: used in parentheses or after a colon.
kosten-soort = { $soort ->
    [medisch] koszty medyczne
    [witgoed] sprzęt AGD
    [computer] komputer
    [babyuitzet] wyprawka dla niemowlęcia
    [uitvaart] pogrzeb
    [bewindvoering] zarząd finansami (bewindvoering)
    [reiskosten] koszty podróży
    [kinderopvang] opieka nad dziećmi
    [verhuizing] przeprowadzka
    [afval] opłaty za odpady
    [waarborgsom] kaucja za mieszkanie
    [alimentatie] alimenty
    [boete] grzywna
    [schade] szkoda do zapłacenia
    [schuldaflossing] spłata długów
    [huurschuld] zaległy czynsz
    [energieschuld] zaległości za energię
    [budgetbeheer] zarządzanie budżetem (budgetbeheer)
    [leges_verblijfsvergunning] opłaty za zezwolenie na pobyt
    [naturalisatie] naturalizacja
    [eigen_risico] udział własny w ubezpieczeniu zdrowotnym (eigen risico)
   *[overig] inne koszty
}
kosten-apparaat = { $apparaat ->
    [wasmachine] pralka
    [koelkast] lodówka
   *[kookapparatuur] kuchenka
}
# Names one after another: "a lub b lub c", "a i b i c", "a, b, c".
kosten-reeks-of = { $eerste } lub { $rest }
kosten-reeks-en = { $eerste } i { $rest }
kosten-reeks-komma = { $eerste }, { $rest }

## Whether the costs fit the scheme
kosten-onbekend = Nie wiemy jeszcze, czy ma Pan/Pani koszty w tej kategorii: { $waarvoor }.
kosten-alleen-al-betaald = Ten program pomocy jest na małe koszty, które zostały już zapłacone. Jeśli koszty trzeba dopiero zapłacić, proszę wcześniej złożyć wniosek o specjalną pomoc (bijzondere bijstand).
kosten-niet-klein = { $aantal ->
        [one] Pana/Pani koszty ({ $wat }) są wyższe
       *[other] Każdy z Pana/Pani kosztów ({ $wat }) jest wyższy
    } niż { $max }: to nie są małe koszty.
kosten-geen-opgegeven = Nie podano żadnych kosztów w tej kategorii: { $waarvoor }.
kosten-bedragen-ontbreken = Proszę wpisać kwotę przy każdej pozycji kosztów.
kosten-totaal-al-betaald = Małe koszty, które zostały już zapłacone, wynoszą razem { $totaal }; limit to { $max } na rok kalendarzowy. Jeśli koszty trzeba dopiero zapłacić, proszę wcześniej złożyć wniosek o specjalną pomoc (bijzondere bijstand).
kosten-totaal = Pana/Pani koszty wynoszą razem { $totaal }; limit to { $max } na rok kalendarzowy.
kosten-passen = Pana/Pani koszty ({ $wat }) pasują do tego programu pomocy.
kosten-passen-afwijzingsgrond = Pana/Pani koszty ({ $waarvoor }) pasują do tego programu pomocy, ale o tym, czy gmina może je pokryć, decyduje powód odmowy (afwijzingsgrond) w tym programie.

## What a cost lacks, or what does not fit
kosten-apparaat-ontbreekt = Proszę podać, o jakie urządzenie chodzi ({ $items }).
kosten-ander-apparaat = Ten program obejmuje tylko te urządzenia: { $items }. Nie obejmuje: { $wat }.
kosten-vervanging-ontbreekt = Proszę podać, czy nowy sprzęt ({ $wat }) zastępuje stary.
kosten-geen-vervanging = Chodzi o pierwszy zakup lub naprawę ({ $wat }); program obejmuje tylko wymianę starego sprzętu na nowy.
kosten-jaren-ontbreekt = Proszę podać, ile lat temu przyznano Panu/Pani zwrot kosztów za ten sprzęt ({ $wat }), albo że jest to pierwszy raz.
kosten-te-recent = Zwrot kosztów za ten sprzęt ({ $wat }) przyznano Panu/Pani już { $jaren } { $jaren ->
    [one] rok
    [few] lata
   *[many] lat
} temu. Jest to możliwe raz na { $minimaal } { $minimaal ->
    [one] rok
    [few] lata
   *[many] lat
}.
kosten-kinderen-tellen-mee-ontbreekt = Proszę podać, czy w ciągu ostatnich 60 miesięcy otrzymano komputer z programu Kinderen tellen mee.
kosten-eerste-kind-ontbreekt = Proszę podać, czy wyprawka jest dla Pana/Pani pierwszego dziecka.
kosten-niet-eerste-kind = Wyprawka dla niemowlęcia przysługuje tylko na pierwsze dziecko: przy kolejnym dziecku potrzebne rzeczy zwykle już są.
kosten-overledene-ontbreekt = Proszę podać, kto zmarł.
kosten-andere-overledene = Na pogrzeb innej osoby niż Pana/Pani partner, dziecko lub rodzic co do zasady nie ma specjalnej pomocy (bijzondere bijstand): koszty pokrywa się ze spadku.
kosten-wsnp-ontbreekt = Proszę podać, czy zarząd finansami (bewind) należy do sądowego programu oddłużenia (WSNP).
kosten-wsnp = Na zarząd finansami w ramach sądowego programu oddłużenia (WSNP) nie można dostać specjalnej pomocy (bijzondere bijstand): te koszty są płacone w inny sposób.
kosten-reisdoel-ontbreekt = Proszę podać, w jakim celu Pan/Pani podróżuje.
kosten-ander-reisdoel = Koszty podróży są zwracane tylko przy podróży do lekarza lub specjalisty poza gminą, do członka najbliższej rodziny (rodzica lub dziecka) w szpitalu lub więzieniu, do szkoły, której nie ma w pobliżu, albo w związku z powrotem do pracy (re-integratie). Inne podróże opłaca Pan/Pani z normy pomocy społecznej (bijstandsnorm).
kosten-afstand-ontbreekt = Proszę podać, ile kilometrów ma podróż w jedną stronę.
kosten-korte-reis = Podróż w jedną stronę ma { $km } km. Granica to { $minimaal } km; poniżej tej granicy zwrot jest możliwy tylko przy problemach zdrowotnych albo w szczególnej sytuacji.
kosten-dreiging-ontbreekt = Proszę podać, czy grozi eksmisja z mieszkania albo odcięcie gazu, wody lub prądu.
kosten-geen-dreiging = Pożyczka na ten dług jest możliwa tylko po to, żeby zapobiec grożącej eksmisji albo odcięciu gazu, wody lub prądu.
kosten-opvangreden-ontbreekt = Proszę podać, dlaczego potrzebuje Pan/Pani opieki nad dzieckiem.
kosten-andere-opvangreden = Specjalna pomoc (bijzondere bijstand) na opiekę nad dziećmi jest możliwa przy powrocie do pracy (re-integratie) lub kursie integracyjnym (inburgering), po podjęciu pracy po okresie pomocy społecznej (bijstand) albo przy wskazaniu socjalno-medycznym (sociaal-medische indicatie).
kosten-via-kinderen-tellen-mee = W ciągu ostatnich 60 miesięcy otrzymano już komputer z programu Kinderen tellen mee.

## Grounds for refusal. $wat: a cost in words (afwijzing-kost), in the accusative after "na".
afwijzing-kost = { $soort ->
    [alimentatie] alimenty
    [boete] grzywnę
    [schade] naprawienie szkody
    [schuldaflossing] spłatę długów
    [huurschuld] zaległy czynsz
    [energieschuld] zaległości za gaz, wodę lub prąd
    [naturalisatie] naturalizację
    [eigen_risico] udział własny w ubezpieczeniu zdrowotnym (eigen risico)
   *[other] te koszty ({ kosten-soort })
}
afwijzing-kosten-onbekend = Nie znamy jeszcze Pana/Pani kosztów.
afwijzing-geen-kosten = Nie podano żadnych kosztów, więc na razie nie ma o co prosić. Jeśli ma Pan/Pani niezbędne koszty, których nie może Pan/Pani zapłacić z własnych pieniędzy, proszę je wpisać.
afwijzing-niets-getoetst = Ten program pomocy nie sprawdza żadnego z Pana/Pani kosztów pod kątem powodów odmowy.
afwijzing-nooit = Na { $wat } gmina nigdy nie przyznaje specjalnej pomocy (bijzondere bijstand), nawet w nagłej sytuacji.
afwijzing-uitgesloten = Na { $wat } nie można dostać specjalnej pomocy (bijzondere bijstand). Tylko z bardzo pilnych powodów, na przykład w nagłej sytuacji kryzysowej, gmina może zrobić wyjątek.
afwijzing-zeer-dringend-ontbreekt = Na { $wat } co do zasady nie można dostać specjalnej pomocy (bijzondere bijstand). Proszę podać, czy jest nagła sytuacja kryzysowa: tylko wtedy gmina może zrobić wyjątek.
afwijzing-zeer-dringend = Na { $wat } co do zasady nie można dostać specjalnej pomocy (bijzondere bijstand). Podaje Pan/Pani, że jest nagła sytuacja kryzysowa: wtedy gmina może zrobić wyjątek (bardzo pilne powody, art. 16). Gmina decyduje o tym sama po rozmowie. Proszę poprosić o rozmowę z pracownikiem gminy (keukentafelgesprek).
afwijzing-al-betaald-nooit = Wydatek na { $wat } został już zapłacony. Na koszty sprzed złożenia wniosku gmina nie przyznaje specjalnej pomocy (bijzondere bijstand).
afwijzing-al-betaald = Wydatek na { $wat } został już zapłacony. Na koszty sprzed złożenia wniosku specjalna pomoc (bijzondere bijstand) co do zasady nie jest możliwa; decyduje gmina.
afwijzing-voorliggend-ontbreekt = Proszę podać, czy inny program, na przykład ubezpieczenie zdrowotne albo dodatek na opiekę nad dziećmi (kinderopvangtoeslag), pokrywa już w całości wydatek na { $wat }.
afwijzing-voorliggend = Inny program już pokrywa wydatek na { $wat }. Ten inny program ma pierwszeństwo (voorliggende voorziening); specjalna pomoc (bijzondere bijstand) nie jest na to potrzebna.
afwijzing-geen-van-deze = Wśród Pana/Pani kosztów nie ma wydatków na { $namen }: na takie wydatki gmina nie przyznaje specjalnej pomocy (bijzondere bijstand).
afwijzing-geen = Żaden z Pana/Pani kosztów nie podlega powodom odmowy specjalnej pomocy (bijzondere bijstand).
afwijzing-andere-kosten = Do pozostałych Pana/Pani kosztów nie odnosi się żaden z tych powodów odmowy.
