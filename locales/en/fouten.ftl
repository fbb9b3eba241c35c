# What is wrong with the answers (src/household/parse.rs, parse/velden.rs, veldfout.rs), the
# warnings on the norms (src/norms/mod.rs) and why a norm cannot be told
# (src/evaluate/huishouden/mod.rs). { $veld } is the name of the field (a veld- message, at the
# start of the sentence: capitalised); { $ingevuld } is what was entered, as it is.

## Errors in the answers
fout-geen-json = The answers are not valid JSON: { $detail }
fout-antwoorden-te-groot = The answers are too long: they may be at most { $max } characters.
fout-lijst-te-lang = { $veld }: you can enter at most { $max }, not { $aantal }.
fout-partner-zonder-heeft-partner = You entered details of a partner, but not that you have a partner. Answer yes to 'do you have a partner', or leave the partner out.
fout-geen-groep-velden = { $veld } must be a group of fields (an object), not a single value.
fout-onbekend-veld-bedoelt = Unknown field '{ $naam }'. Did you mean '{ $suggestie }'?
fout-onbekend-veld = Unknown field '{ $naam }'. Possible fields: { $velden }.
fout-kind-te-oud = Child { $nummer } is 18 or older. Enter children of 18 and over with the other adults in the home.
fout-medebewoner-te-jong = Housemate { $nummer } is younger than 18. Enter children under 18 with the children.
fout-soort-ontbreekt = Say what the cost is for. Choose from: { $keuzes }.
fout-geen-lijst = { $veld } must be a list; an empty list means 'none'.
fout-leeftijd-ongeldig = { $veld } must be between { $min } and { $max } years; you entered { $ingevuld }.
fout-geen-hele-jaren = { $veld } must be a whole number of years, for example 38.
fout-buiten-bereik = { $veld } must be between 0 and { $max }; you entered { $ingevuld }.
fout-geen-heel-getal = { $veld } must be a whole number.
fout-bedrag-veel-te-groot = { $veld } is far too large. Please check the amount.
fout-geen-bedrag = { $veld } must be an amount in euros, for example 1250.00.
fout-negatief-bedrag = { $veld } cannot be negative; you entered { $bedrag }.
fout-bedrag-te-groot = { $veld } is more than { $max }. Please check the amount.
fout-te-veel-decimalen = { $veld } may have at most two decimals.
fout-geen-ja-nee = { $veld }: choose yes or no.
fout-onbekende-keuze = { $veld }: '{ $ingevuld }' is not possible. Choose from: { $keuzes }.
fout-onbekende-keuze-bedoelt = { $veld }: '{ $ingevuld }' is not possible. Choose from: { $keuzes }. Did you mean '{ $suggestie }'?

## The fields, as the errors name them
veld-antwoorden = The answers
veld-heeft-partner = Whether you have a partner
veld-partner-woont-elders = Whether your partner lives elsewhere
veld-vermogen = Your assets
veld-eigen-woning = Whether you own your home
veld-woz-waarde = The WOZ value of your home
veld-hypotheek = Your mortgage
veld-woonkosten = Your housing costs
veld-maanden-laag-inkomen = The number of months on a low income
veld-inkomenstoeslag-laatste-12-maanden = Whether you received the income supplement in the last 12 months
veld-alleenstaande-ouderkop = The single-parent supplement in your child budget
veld-alimentatie-betaald = The maintenance you pay
veld-schulden = Whether you have debts
veld-schuldregeling = Whether you are in a debt scheme or debt arrangement
veld-beperking-huisgenoot = Whether someone else in your household has a disability
veld-zelfstandige-huishouding = Whether you run your own household
veld-partner = Your partner's details
veld-aanvrager = Your details
veld-kinderen = The children
veld-kind = A child's details
veld-kind-leeftijd = A child's age
veld-medebewoners = The other adults in the home
veld-medebewoner = A housemate's details
veld-medebewoner-leeftijd = A housemate's age
veld-medebewoner-student = Whether the housemate studies
veld-medebewoner-commerciele-huurder = Whether the housemate rents a room
veld-kosten = The costs
veld-kost = A cost's details
veld-kost-soort = The kind of cost
veld-kost-item = The appliance
veld-kost-vervanging = Whether it replaces one you had
veld-kost-jaren-sinds-vorige-vergoeding = The number of years since the previous reimbursement
veld-kost-via-kinderen-tellen-mee = Whether a computer came through Kinderen tellen mee
veld-kost-eerste-kind = Whether it is the first child
veld-kost-overledene = Who died
veld-kost-wsnp = Whether the administration is part of the WSNP debt scheme
veld-kost-kinderopvang-reden = Why childcare is needed
veld-kost-al-betaald = Whether the cost has been paid already
veld-kost-voorliggende-voorziening = Whether another scheme pays the cost
veld-kost-zeer-dringend = Whether there is an acute emergency
veld-kost-reisdoel = What the journey is for
veld-kost-enkele-reis-km = The distance of a single journey
veld-kost-dreigt-uitzetting-of-afsluiting = Whether eviction or disconnection threatens
veld-kost-bedrag = The amount of the cost
veld-aanvrager-leeftijd = Your age
veld-partner-leeftijd = Your partner's age
veld-aanvrager-inkomen = Your income
veld-partner-inkomen = Your partner's income
veld-aanvrager-inkomensbron = Your kind of income
veld-partner-inkomensbron = Your partner's kind of income
veld-aanvrager-student = Whether you study
veld-partner-student = Whether your partner studies
veld-aanvrager-chronisch-ziek-of-beperking = Whether you have a disability or chronic illness
veld-partner-chronisch-ziek-of-beperking = Whether your partner has a disability or chronic illness
veld-aanvrager-geldige-verblijfstitel = Whether you have a valid residence permit
veld-partner-geldige-verblijfstitel = Whether your partner has a valid residence permit
veld-aanvrager-gedetineerd = Whether you are in detention
veld-partner-gedetineerd = Whether your partner is in detention

## Warnings on the norms
waarschuwing-normen-niet-actueel = We use the social assistance standards of { $van }. The standards from { $volgende } are not yet in this tool, so amounts may differ slightly.
waarschuwing-regels-oud = This tool uses the rules of { $gemeente } from { $jaar }. Those rules are several years old. Ask the municipality whether they still apply.
waarschuwing-vermogensgrenzen-niet-actueel = We use the asset limits of { $van }; newer limits are not yet in this tool.

## Why the norm cannot be told
# { $jaar } is the calendar year, as written (no separator).
onbepaald-aow-leeftijd = The state pension age in { $jaar } is { $jaren } years and { $maanden ->
    [one] month
   *[other] months
}. From the age in years alone we cannot tell whether it has been reached.
onbepaald-onder-18 = There is no social assistance standard for people under 18. Ask the municipality what is possible for you.
