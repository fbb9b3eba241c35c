# The kitchen-table conversation (www/scherm-gesprek.js, www/keukentafel.js): the form, the
# check per field and what happened to the request. $gemeente is the name of the municipality.

## The form
gesprek-kop = Poproś o rozmowę z gminą (keukentafelgesprek)
gesprek-intro = Podczas rozmowy z pracownikiem gminy (keukentafelgesprek) gmina { $gemeente } razem z Panem/Panią przygląda się całej Pana/Pani sytuacji: pieniądzom, długom, opiece i innym sprawom. Rozmowa jest bezpłatna. Proszę podać, jak gmina może się z Panem/Panią skontaktować.
gesprek-naam = Imię i nazwisko
gesprek-telefoon = Numer telefonu
gesprek-email = Adres e-mail
gesprek-bereikbaar = Proszę podać co najmniej numer telefonu lub adres e-mail.
gesprek-voorkeur = Gdzie chce Pan/Pani odbyć rozmowę?
gesprek-voorkeur-thuis = U mnie w domu
gesprek-voorkeur-gemeentehuis = W urzędzie gminy
gesprek-voorkeur-telefoon = Przez telefon
gesprek-moment = Kiedy Panu/Pani pasuje? (można zostawić puste)
gesprek-vraag = O czym chce Pan/Pani porozmawiać? (można zostawić puste)
gesprek-delen = Co gmina może zobaczyć z tego kalkulatora?
gesprek-delen-alleen-contact = Tylko moje imię i nazwisko oraz to, jak można się ze mną skontaktować
gesprek-delen-met-uitkomst = Także moje odpowiedzi i wynik z tego kalkulatora
gesprek-vrijwilliger = Wolontariusz, który pomaga wypełniać formularze (formulierenbrigade), pomaga mi to wypełnić, i gmina może o tym wiedzieć.
gesprek-bewaren = Zapisz moją prośbę na tym urządzeniu, dopóki nie zostanie wysłana (jeśli teraz nie ma internetu).
gesprek-toestemming-kop = Zgoda
gesprek-doel = Gmina { $gemeente } wykorzysta to, co Pan/Pani tutaj wpisze, tylko po to, żeby skontaktować się z Panem/Panią w sprawie rozmowy (keukentafelgesprek).
gesprek-bewaartermijn-onbekend = Jak długo gmina przechowuje Pana/Pani prośbę, jest napisane w jej oświadczeniu o ochronie prywatności (privacyverklaring):
gesprek-toestemming = Zgadzam się, żeby gmina { $gemeente } otrzymała tę prośbę i wykorzystała ją do rozmowy (keukentafelgesprek).
gesprek-verstuur = Wyślij moją prośbę
gesprek-mail = Utwórz e-mail do gminy
gesprek-geen-adres = Ta gmina nie ustawiła jeszcze adresu do przyjmowania próśb. Proszę pobrać lub wydrukować list z prośbą. Proszę zanieść go do gminy albo wysłać.
gesprek-download = Pobierz list
gesprek-print = Wydrukuj list
gesprek-terug = Wróć do wyniku
gesprek-fouten-kop = Proszę najpierw to poprawić:

## What happened to the request
gesprek-ontvangen = Pana/Pani prośba została przyjęta pod numerem { $referentie }. Gmina skontaktuje się z Panem/Panią.
gesprek-wacht = Jeszcze nie wysłano. Teraz nie ma połączenia z gminą. Będziemy próbować ponownie, dopóki ta strona jest otwarta. Może Pan/Pani też pobrać swoją prośbę.
gesprek-opnieuw = Spróbuj teraz ponownie
gesprek-geweigerd = Gmina nie mogła przyjąć Pana/Pani prośby: { $fout }. Proszę poprawić swoje dane i wysłać ponownie albo pobrać prośbę.
gesprek-aanpassen = Popraw dane

## The check of the form, one message per field
gesprek-fout-naam = Proszę wpisać imię i nazwisko.
gesprek-fout-bereikbaar = Proszę wpisać numer telefonu lub adres e-mail, żeby gmina mogła się z Panem/Panią skontaktować.
gesprek-fout-telefoon = To nie jest numer telefonu. Proszę go wpisać na przykład tak: 06-12345678.
gesprek-fout-email = To nie jest adres e-mail. Proszę go wpisać na przykład tak: imie@przyklad.nl.
gesprek-fout-voorkeur = Proszę wybrać, gdzie chce Pan/Pani odbyć rozmowę.
gesprek-fout-toestemming = Bez Pana/Pani zgody niczego nie wyślemy. Proszę zaznaczyć pole, jeśli się Pan/Pani zgadza.

## The request as text for the municipality (the e-mail): always in Dutch, because the
## municipality reads it. Other languages translate these messages anyway (the catalog check wants
## every key), so that the request can later also go along in the inwoner's language.
verzoek-onderwerp = Prośba o rozmowę z pracownikiem gminy (keukentafelgesprek)
verzoek-kop = Prośba o rozmowę z pracownikiem gminy { $gemeente } (keukentafelgesprek)
verzoek-naam = Imię i nazwisko: { $naam }
verzoek-telefoon = Telefon: { $telefoon }
verzoek-email = E-mail: { $email }
verzoek-voorkeur = Miejsce rozmowy: { $voorkeur }
verzoek-moment = Dogodny termin: { $moment }
verzoek-vraag = O czym chcę porozmawiać: { $vraag }
verzoek-vrijwilliger = Wypełnione razem z wolontariuszem, który pomaga wypełniać formularze (formulierenbrigade).
verzoek-uitkomst = Wynik z kalkulatora „Bereken uw recht” (stan na dzień { $peildatum }):
verzoek-kenmerk = Numer sprawy: { $kenmerk }
gesprek-demo = To jest demonstracja. Prośba trafia do odbiornika testowego na tym komputerze, a nie do gminy.

## De brief (brief.js)
brief-titel = List: prośba o rozmowę przy kuchennym stole
brief-aan = Do: gmina { $gemeente }
brief-datum = Data: { $datum }
brief-tekst = Proszę gminę o rozmowę o pomocy i świadczeniach dla osób o niskich dochodach. Poniżej są moje dane.
brief-alleen-contact = W tym liście podaję tylko moje dane kontaktowe.
brief-geen-regelingen = Według Bereken uw recht prawdopodobnie nie otrzymam żadnego świadczenia. Chcę to omówić razem.
brief-andere-regelingen = To jest szacunek wykonany za pomocą Bereken uw recht. Gmina decyduje po złożeniu wniosku.
brief-waar-website = Proszę zanieść ten list do gminy { $gemeente } albo go wysłać. Adres jest na { $website }.
brief-waar = Proszę zanieść ten list do gminy { $gemeente } albo go wysłać. Adres poda gmina.
brief-handtekening = Podpis: ______________________
brief-niet-verstuurd = Ten list został przygotowany w Bereken uw recht dnia { $datum }. Nie został wysłany do gminy: oddaje go Pan/Pani lub wysyła samodzielnie.
brief-nederlands = Ten sam list po niderlandzku, dla gminy
