# The calculator's own words (www/bereken-uw-recht.js and the screens), around what the engine
# and the municipality's rules say. Amounts and dates arrive formatted ($norm, $datum), counts
# as numbers ($aantal, $nummer).

## Loading
rekenhulp-titel = Check your entitlements
rekenhulp-laden = Loading the calculator…
rekenhulp-kan-niet-laden = The calculator does not work in this browser. See your municipality's website or call the municipality.
rekenhulp-regels-niet-geladen = The municipality's rules could not be loaded.

## The start screen
start-kop = Check your entitlements: { $gemeente }
start-intro = Answer a few questions about your household. You will see which schemes of the municipality may be for you, and why. It takes about 5 minutes.
start-privacy = Your answers stay on this device. Nothing is sent.
start-versie = Rules of { $gemeente }, version { $versie }.
start-versie-normen = Rules of { $gemeente }, version { $versie }; social assistance norms of { $normen }.
start-teruggezet = Your saved answers have been restored.
# The language choice: the languages themselves are named in their own language (www/talen.js).
taal-kies = Language
taal-gekozen = The calculator is now in English.

## Buttons
knop-begin = Start
knop-vorige = Back
knop-volgende = Next
knop-naar-uitkomst = See the outcome
knop-print = Print or save as PDF
knop-nieuw = New calculation
knop-gesprek = Ask for a kitchen-table conversation
knop-volgend-huishouden = Next household
knop-wis-huishouden = Yes, wipe everything
knop-niet-wissen = No, carry on
knop-kost-toevoegen = Add another cost
knop-kost-weghalen = Remove cost { $nummer }
# Below each topic in the overview of the answers.
knop-wijzig = { $onderwerp ->
    [huishouden] Change your household
    [inkomen] Change your income
    [vermogen] Change your savings and property
    [situatie] Change your situation
   *[kosten] Change your costs
}

## The questions
vragen-stap = Step { $stap } of { $aantal }
vragen-fouten-kop = Please correct these answers first:
vragen-geen-aantal = Fill in a number, for example 2. Fill in 0 if there is nobody.
vragen-verplicht = We need to know this. Without this answer we cannot work out any scheme.
vragen-kostenpost = Cost { $nummer }
vragen-tot-nu-toe = Outcome so far
vragen-telling = Outcome so far: { $ja } probably yes, { $misschien } maybe
antwoord-weet-niet = I don't know
antwoord-ja = Yes
antwoord-nee = No
antwoord-kies = Choose…
antwoord-nooit = Never
antwoord-geen = not answered

## The outcome
uitkomst-kop = Your outcome
uitkomst-samenvatting-kop = Summary to take to the municipality
uitkomst-intro = These are the schemes of the municipality of { $gemeente } on { $datum }. This is an estimate: the municipality decides only when you apply.
# Shown only in a language other than Dutch, once at the top of the outcome and on the printout.
nederlands-leidend = This text is a translation. Only the Dutch text of the rules counts: the municipality decides by it.
# Beside the translated name of a scheme: its name in the municipality's rules.
uitkomst-nederlandse-naam = Dutch name:
uitkomst-leefvorm = { $leefvorm ->
    [alleenstaande] You count as a single person.
    [alleenstaande_ouder] You count as a single parent.
   *[gehuwden] You count as a couple.
}
uitkomst-norm = We use the social assistance norm for your household: { $norm } per month (the norm of { $datum }).
uitkomst-procent = Your income is { $procent } of that norm.
uitkomst-kostendelersnorm = For social assistance itself the cost-sharer rule applies: you share costs with { $anderen } other { $anderen ->
    [one] adult
   *[other] adults
}, and then the norm is { $norm } per month. The schemes below use the norm without cost-sharers, unless they say so.
uitkomst-waarom = Why?
uitkomst-wat-als = What if?
uitkomst-wat-kunt-u-doen = What can you do?
uitkomst-nee-vervolgstap = Is this not right, or is your situation different from what you filled in? Then ask for a kitchen-table conversation: the municipality looks at everything with you.
uitkomst-bron = Source:
uitkomst-ontbreekt = We do not know this yet:
uitkomst-advies = Advice: ask for a kitchen-table conversation
uitkomst-let-op = Please note
uitkomst-antwoorden-kop = Your answers
uitkomst-gesprek-uitleg = Do you want to talk with the municipality about your situation? Ask for a free kitchen-table conversation.
uitkomst-gesprek-print = Do you want to talk with the municipality of { $gemeente } about your situation? Ask for a free kitchen-table conversation and bring this summary.
uitkomst-gesprek-print-website = Do you want to talk with the municipality of { $gemeente } about your situation? Ask for a free kitchen-table conversation and bring this summary ({ $website }).
uitkomst-gemaakt = Made on { $datum }.
uitkomst-versie = Rules of { $gemeente }, version { $versie }; calculator { $motor }.
uitkomst-normen-van = Social assistance norms of { $datum }.
uitkomst-per-regeling = Scheme by scheme
uitkomst-samenvatting-label = Summary
uitkomst-samenvatting-ja = You can probably get this
uitkomst-samenvatting-misschien = You might get this
uitkomst-samenvatting-geen = We find no scheme that fits you now. Does that not match your situation? In a kitchen-table conversation the municipality looks at everything with you.
uitkomst-bedrag-kort = { $maximaal ->
    [ja] up to { $bedrag }
   *[nee] { $bedrag }
} { $per ->
    [maand] per month
    [jaar] per year
   *[eenmalig] once
}
uitkomst-bedrag-onbekend = the municipality tells you the amount
uitkomst-details = Why, and what can you do?
uitkomst-wat-betekent = What does { $woord } mean?
woord-draagkracht = draagkracht (what you can pay yourself)
uitleg-draagkracht = Draagkracht is the part of your income and savings that, under the rules, you can pay yourself. The municipality only pays what is above it.
woord-bijstandsnorm = the social assistance standard
uitleg-bijstandsnorm = The social assistance standard is the amount per month the law considers necessary to live on, for your kind of household. Many schemes look at what percentage of it your income is.
uitkomst-voor-alle = This applies to several schemes below
uitkomst-andere-kop = Other schemes of the municipality
uitkomst-andere-uitleg = These schemes are for costs you did not mention. Do you have such costs? Fill them in and we will see whether you can get help.
knop-kosten-invullen = Fill in costs
uitkomst-niet-berekend-kop = What this tool does not calculate
uitkomst-niet-berekend-uitleg = The municipality also has these schemes. This tool does not look at them. Ask the municipality about them if they may matter to you.
uitkomst-print-uitleg = Also print the explanation of each scheme
uitkomst-ook-in-geld = You may also get this in money, instead of a voucher or points. Ask the municipality.
uitkomst-aanvragen = Apply at the municipality
uitkomst-in-geld-bron = That you may also get this in money is in:

## Keeping answers on this device
bewaar-keuze = Keep my answers on this device
bewaar-uitleg = Only if you switch this on. Do not do this on a computer you share with others.
bewaar-wis = Wipe my data
bewaar-gewist = Your data has been wiped from this device.
bewaar-nieuw-gedaan = All answers have been wiped.

## Volunteer mode (formulierenbrigade)
brigade-melding = Volunteer mode: nothing is kept.
brigade-wis-vraag = All answers of this household will be wiped. Is this person done?
brigade-huishouden-gewist = Everything of the previous household has been wiped. You can start with the next household.
brigade-samen-met-vrijwilliger = Filled in together with a volunteer of the formulierenbrigade.

## A request for a conversation that has not been sent yet
postvak-wacht = Your request for a conversation has not been sent yet. We will send it as soon as there is a connection.
postvak-onverstuurd-wissen = A request for a conversation has not been sent yet. If you go on, it is wiped. Go on?

## What if my income changes? (grafiek.js)
grafiek-kop = What if my income changes?
grafiek-uitleg = This shows which schemes you would probably get if your monthly income were higher or lower. Your other answers stay the same.
grafiek-beschrijving = Chart of { $aantal ->
    [one] one scheme that depends
   *[other] { $aantal } schemes that depend
  } on your income. The same figures are in the table below.
grafiek-as = Income per month
grafiek-nu = You now: { $bedrag }
grafiek-stappen = The chart runs from € 0 to { $max } a month: twice the social assistance standard of { $norm }.
grafiek-tabel = Show the figures in a table
grafiek-tabel-bijschrift = What if my income changes? Per scheme: at which monthly income
grafiek-kolom-inkomen = Income per month
grafiek-kolom-uitkomst = Outcome
grafiek-tot = up to and including { $tot }
grafiek-bereik = { $van } up to and including { $tot }
grafiek-vanaf = { $van } or more
