# The kitchen-table conversation (www/scherm-gesprek.js, www/keukentafel.js): the form, the check
# per field and what happened to the request. $gemeente is the municipality's name.

## The form
gesprek-kop = Ask for a kitchen-table conversation
gesprek-intro = In a kitchen-table conversation the municipality of { $gemeente } looks at your whole situation with you: money, debts, care and whatever else is going on. It is free. Fill in how the municipality can reach you.
gesprek-naam = Your name
gesprek-telefoon = Phone number
gesprek-email = E-mail address
gesprek-bereikbaar = Fill in at least a phone number or an e-mail address.
gesprek-voorkeur = Where do you want the conversation?
gesprek-voorkeur-thuis = At my home
gesprek-voorkeur-gemeentehuis = At the town hall
gesprek-voorkeur-telefoon = By phone
gesprek-moment = When suits you? (may stay empty)
gesprek-vraag = What do you want to talk about? (may stay empty)
gesprek-delen = What may the municipality see of this calculator?
gesprek-delen-alleen-contact = Only my name and how to reach me
gesprek-delen-met-uitkomst = Also my answers and the outcome of this calculator
gesprek-vrijwilliger = Someone of the formulierenbrigade helps me fill this in, and the municipality may know.
gesprek-bewaren = Keep my request on this device until it is sent (if there is no internet now).
gesprek-toestemming-kop = Consent
gesprek-doel = The municipality of { $gemeente } uses what you fill in here only to contact you for a kitchen-table conversation.
gesprek-bewaartermijn-onbekend = How long the municipality keeps your request is in its privacy statement:
gesprek-toestemming = I allow the municipality of { $gemeente } to receive this request and use it for a kitchen-table conversation.
gesprek-verstuur = Send my request
gesprek-mail = Write an e-mail to the municipality
gesprek-geen-adres = This municipality has not set an address for requests yet. Download or print a letter with your request. Bring it to the municipality or send it.
gesprek-download = Download the letter
gesprek-print = Print the letter
gesprek-terug = Back to the outcome
gesprek-fouten-kop = Please correct this first:

## What happened to the request
gesprek-ontvangen = Your request has been received under number { $referentie }. The municipality will contact you.
gesprek-wacht = Not sent yet. There is no connection with the municipality now. We keep trying while this page is open. You can also download your request.
gesprek-opnieuw = Try again now
gesprek-geweigerd = The municipality could not accept your request: { $fout }. Change your details and send again, or download your request.
gesprek-aanpassen = Change details

## The check of the form, one message per field
gesprek-fout-naam = Fill in your name.
gesprek-fout-bereikbaar = Fill in a phone number or an e-mail address, so the municipality can reach you.
gesprek-fout-telefoon = This is not a phone number. Write it like 06-12345678.
gesprek-fout-email = This is not an e-mail address. Write it like name@example.nl.
gesprek-fout-voorkeur = Choose where you want the conversation.
gesprek-fout-toestemming = Without your consent nothing is sent. Tick the box if you agree.

## The request as text for the municipality (the e-mail). The widget always writes it in Dutch,
## because the municipality reads it; these translations are here for every key to exist, and
## for a later copy in the resident's language.
verzoek-onderwerp = Request for a kitchen-table conversation
verzoek-kop = Request for a kitchen-table conversation with the municipality of { $gemeente }
verzoek-naam = Name: { $naam }
verzoek-telefoon = Phone: { $telefoon }
verzoek-email = E-mail: { $email }
verzoek-voorkeur = Preference: { $voorkeur }
verzoek-moment = Good time: { $moment }
verzoek-vraag = What I want to talk about: { $vraag }
verzoek-vrijwilliger = Filled in together with a volunteer of the formulierenbrigade.
verzoek-uitkomst = Outcome of the calculator (reference date { $peildatum }):
verzoek-kenmerk = Reference: { $kenmerk }
gesprek-demo = This is a demonstration. Your request goes to a test receiver on this computer, not to the municipality.

## De brief (brief.js)
brief-titel = Letter: request for a kitchen-table conversation
brief-aan = To: municipality of { $gemeente }
brief-datum = Date: { $datum }
brief-tekst = I ask the municipality for a conversation about help and schemes for people with a low income. My details are below.
brief-alleen-contact = In this letter I share only my contact details.
brief-geen-regelingen = According to Bereken uw recht I will probably not get a scheme. I would like to look at this together.
brief-andere-regelingen = This is an estimate made with Bereken uw recht. The municipality decides after an application.
brief-waar-website = Bring this letter to the municipality of { $gemeente } or send it. The address is on { $website }.
brief-waar = Bring this letter to the municipality of { $gemeente } or send it. Ask the municipality for the address.
brief-handtekening = Signature: ______________________
brief-niet-verstuurd = This letter was made with Bereken uw recht on { $datum }. It has not been sent to the municipality: you hand it in or send it yourself.
brief-nederlands = The same letter in Dutch, for the municipality
