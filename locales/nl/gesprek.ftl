# Het keukentafelgesprek (www/scherm-gesprek.js, www/keukentafel.js): het formulier, de
# controle per veld en wat er met het verzoek gebeurde. $gemeente is de naam van de gemeente.

## Het formulier
gesprek-kop = Vraag een keukentafelgesprek
gesprek-intro = In een keukentafelgesprek kijkt de gemeente { $gemeente } samen met u naar uw hele situatie: geld, schulden, zorg en wat er verder speelt. Het gesprek is gratis. Vul in hoe de gemeente u kan bereiken.
gesprek-naam = Uw naam
gesprek-telefoon = Telefoonnummer
gesprek-email = E-mailadres
gesprek-bereikbaar = Vul minstens een telefoonnummer of een e-mailadres in.
gesprek-voorkeur = Waar wilt u het gesprek?
gesprek-voorkeur-thuis = Bij mij thuis
gesprek-voorkeur-gemeentehuis = Op het gemeentehuis
gesprek-voorkeur-telefoon = Aan de telefoon
gesprek-moment = Wanneer komt het u goed uit? (mag leeg blijven)
gesprek-vraag = Waar wilt u het over hebben? (mag leeg blijven)
gesprek-delen = Wat mag de gemeente van deze rekenhulp zien?
gesprek-delen-alleen-contact = Alleen mijn naam en hoe ze mij kunnen bereiken
gesprek-delen-met-uitkomst = Ook mijn antwoorden en de uitkomst van deze rekenhulp
gesprek-vrijwilliger = Iemand van de formulierenbrigade helpt mij dit in te vullen, en dat mag de gemeente weten.
gesprek-bewaren = Bewaar mijn verzoek op dit apparaat tot het verstuurd is (als er nu geen internet is).
gesprek-toestemming-kop = Toestemming
gesprek-doel = De gemeente { $gemeente } gebruikt wat u hier invult alleen om contact met u op te nemen voor een keukentafelgesprek.
gesprek-bewaartermijn-onbekend = Hoe lang de gemeente uw verzoek bewaart, staat in haar privacyverklaring:
gesprek-toestemming = Ik geef de gemeente { $gemeente } toestemming om dit verzoek te ontvangen en te gebruiken voor een keukentafelgesprek.
gesprek-verstuur = Verstuur mijn verzoek
gesprek-mail = Maak een e-mail aan de gemeente
gesprek-geen-adres = Deze gemeente heeft nog geen adres ingesteld om verzoeken te ontvangen. Download of print een brief met uw verzoek. Breng die naar de gemeente of stuur hem op.
gesprek-download = Download de brief
gesprek-print = Print de brief
gesprek-terug = Terug naar de uitkomst
gesprek-fouten-kop = Verbeter eerst dit:

## Wat er met het verzoek gebeurde
gesprek-ontvangen = Uw verzoek is ontvangen onder nummer { $referentie }. De gemeente neemt contact met u op.
gesprek-wacht = Nog niet verstuurd. Er is nu geen verbinding met de gemeente. We proberen het opnieuw zolang deze pagina open is. U kunt uw verzoek ook downloaden.
gesprek-opnieuw = Probeer nu opnieuw
gesprek-geweigerd = De gemeente kon uw verzoek niet aannemen: { $fout }. Pas uw gegevens aan en verstuur opnieuw, of download uw verzoek.
gesprek-aanpassen = Gegevens aanpassen

## De controle van het formulier, een melding per veld
gesprek-fout-naam = Vul uw naam in.
gesprek-fout-bereikbaar = Vul een telefoonnummer of een e-mailadres in, zodat de gemeente u kan bereiken.
gesprek-fout-telefoon = Dit is geen telefoonnummer. Vul het in zoals 06-12345678.
gesprek-fout-email = Dit is geen e-mailadres. Vul het in zoals naam@voorbeeld.nl.
gesprek-fout-voorkeur = Kies waar u het gesprek wilt hebben.
gesprek-fout-toestemming = Zonder uw toestemming versturen we niets. Zet het vinkje als u akkoord bent.

## Het verzoek als tekst voor de gemeente (de e-mail): altijd in het Nederlands, want de
## gemeente leest het. Andere talen vertalen deze berichten toch (de catalogus-controle wil
## elke sleutel), zodat het verzoek later ook in de taal van de inwoner mee kan.
verzoek-onderwerp = Verzoek om een keukentafelgesprek
verzoek-kop = Verzoek om een keukentafelgesprek met de gemeente { $gemeente }
verzoek-naam = Naam: { $naam }
verzoek-telefoon = Telefoon: { $telefoon }
verzoek-email = E-mail: { $email }
verzoek-voorkeur = Voorkeur: { $voorkeur }
verzoek-moment = Goed moment: { $moment }
verzoek-vraag = Waar wil ik het over hebben: { $vraag }
verzoek-vrijwilliger = Ingevuld samen met een vrijwilliger van de formulierenbrigade.
verzoek-uitkomst = Uitkomst van Bereken uw recht (peildatum { $peildatum }):
verzoek-kenmerk = Kenmerk: { $kenmerk }
gesprek-demo = Dit is een demonstratie. Uw verzoek gaat naar een testontvanger op deze computer, niet naar de gemeente.

## De brief (brief.js)
brief-titel = Brief: verzoek om een keukentafelgesprek
brief-aan = Aan: gemeente { $gemeente }
brief-datum = Datum: { $datum }
brief-tekst = Ik vraag de gemeente om een gesprek over hulp en regelingen voor mensen met een laag inkomen. Hieronder staan mijn gegevens.
brief-alleen-contact = Ik deel in deze brief alleen mijn contactgegevens.
brief-geen-regelingen = Volgens Bereken uw recht krijg ik waarschijnlijk geen regeling. Ik wil dat graag samen bekijken.
brief-andere-regelingen = Dit is een schatting met Bereken uw recht. De gemeente beslist na een aanvraag.
brief-waar-website = Breng deze brief naar de gemeente { $gemeente } of stuur hem op. Het adres staat op { $website }.
brief-waar = Breng deze brief naar de gemeente { $gemeente } of stuur hem op. Vraag de gemeente naar het adres.
brief-handtekening = Handtekening: ______________________
brief-niet-verstuurd = Deze brief is gemaakt met Bereken uw recht op { $datum }. Hij is niet naar de gemeente gestuurd: u geeft hem zelf af of stuurt hem op.
brief-nederlands = Dezelfde brief in het Nederlands, voor de gemeente
