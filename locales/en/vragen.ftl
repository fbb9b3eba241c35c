# The calculator's questions (www/vragen.js): per question the question itself, a help text,
# the unit and the choices. Which questions are asked is the engine's call; this file only says
# how. The key follows the answer field: `aanvrager.leeftijd` is vraag-aanvrager-leeftijd, a
# detail of a child, an adult or a cost is vraag-kind-…, vraag-medebewoner-…, vraag-kost-….

## Topics: one screen per topic
onderwerp-huishouden = Your household
onderwerp-inkomen = Your income
onderwerp-vermogen = Your savings and property
onderwerp-situatie = Your situation
onderwerp-kosten = Your costs

## Units, after the input field and in the overview of the answers. Beside the empty field there
## is no $aantal: then the form marked * is used.
eenheid-jaar = { $aantal ->
    [one] year
   *[other] years
}
eenheid-maanden = { $aantal ->
    [one] month
   *[other] months
}
eenheid-km = km

## A child, another adult: the heading above the details of each
item-kind = Child { $nummer }
item-medebewoner = Adult { $nummer }

## Your household
vraag-aanvrager-leeftijd = How old are you?
vraag-heeft-partner = Do you have a partner?
hulp-heeft-partner = Married, registered partner or living together.
vraag-partner-leeftijd = How old is your partner?
vraag-partner-woont-elders = Are you married or do you have a partner, but you do not live together?
vraag-kinderen = How many children under 18 live with you?
hulp-kinderen = Fill in 0 if no children live with you.
vraag-medebewoners = How many other adults (18 or older) live with you?
hulp-medebewoners = For example an adult child, a parent or a housemate. Not your partner. Fill in 0 if nobody else lives with you. They can be a "cost-sharer", which lowers your social assistance norm.
vraag-kind-leeftijd = Age
vraag-medebewoner-leeftijd = Age
vraag-medebewoner-student = Studies with student finance or WTOS?
vraag-medebewoner-commerciele-huurder = Rents a room from you at a normal price?

## Your income
vraag-aanvrager-inkomen = What is your income per month?
vraag-partner-inkomen = What is your partner's income per month?
hulp-inkomen = Net per month, without holiday pay. Count: wages, benefits, pension, alimony for yourself. Do not count: rent benefit, healthcare benefit, child benefit and child budget. Since 2026, gifts up to €1,200 a year for your whole household do not count, and neither does help from the food bank.
vraag-aanvrager-inkomensbron = Where does your income mainly come from?
hulp-aanvrager-inkomensbron = If you receive social assistance from the municipality, choose social assistance, also if you earn something besides.
vraag-partner-inkomensbron = Where does your partner's income mainly come from?
keuze-inkomensbron-bijstand = Social assistance (benefit from the municipality)
keuze-inkomensbron-aow = State pension or pension
keuze-inkomensbron-loon = Work (wages)
keuze-inkomensbron-uitkering = Another benefit, such as WW or WIA
keuze-inkomensbron-studiefinanciering = Student finance
keuze-inkomensbron-ondernemer = Own business
keuze-inkomensbron-geen = No income
keuze-inkomensbron-anders = Something else
vraag-maanden-laag-inkomen = How long have you been living on about this income?
hulp-maanden-laag-inkomen = In months, in a row. 3 years is 36 months. Count every month in which your income was not higher than about now, also if it changed a little. Time in an asylum seekers centre (azc) counts too.
vraag-aanvrager-student = Are you in education or study for which you could get student finance or WTOS, or were you in the last 12 months?
hulp-aanvrager-student = Also if you do not apply for student finance or WTOS: what matters is whether you could get it.
vraag-partner-student = Is your partner in education or study for which they could get student finance or WTOS, or were they in the last 12 months?
vraag-inkomenstoeslag-laatste-12-maanden = Did you receive an individual income supplement from the municipality in the last 12 months?
vraag-alleenstaande-ouderkop = How much single-parent supplement is in your child budget per month?
hulp-alleenstaande-ouderkop = Single parents get an extra amount with the child budget: the single-parent supplement. You can see it in Mijn toeslagen or on the decision letter of the tax office. This municipality counts that part as income. If you do not get it, enter 0.
vraag-alimentatie-betaald = How much maintenance do you pay per month?
hulp-alimentatie-betaald = Maintenance you or your partner pay for an ex-partner or for children under 21 who do not live with you. This municipality takes it off your income. If you pay none, enter 0.

## Your savings and property
vraag-vermogen = How much money and property does your household have together?
hulp-vermogen = Add up: money in the bank and savings, cash, and valuable things such as a car you do not need. Subtract debts. Your home is asked separately.
vraag-eigen-woning = Do you own your home?
vraag-woz-waarde = What is the WOZ value of your home?
hulp-woz-waarde = This is on the municipal tax assessment.
vraag-hypotheek = How much mortgage do you still have?
vraag-woonkosten = What do you pay per month in rent or mortgage?

## Your situation
vraag-zelfstandige-huishouding = Do you run your own household?
hulp-zelfstandige-huishouding = You live independently and run your own home: not living in at someone else's and not in an institution.
vraag-schulden = Do you have debts or arrears that you cannot pay off?
vraag-schuldregeling = Are you now in a statutory debt scheme (Wsnp) or a debt arrangement?
hulp-schuldregeling = For example an amicable debt arrangement through the credit bank or Stadsbank.
vraag-beperking-huisgenoot = Does someone else in your household have a disability or a chronic mental or psychosocial problem?
hulp-beperking-huisgenoot = For example a child or another adult who lives with you.
vraag-aanvrager-chronisch-ziek-of-beperking = Do you have a chronic illness or a disability?
vraag-partner-chronisch-ziek-of-beperking = Does your partner have a chronic illness or a disability?
vraag-aanvrager-geldige-verblijfstitel = Do you live in the Netherlands legally?
hulp-aanvrager-geldige-verblijfstitel = You are Dutch, or you live here legally: with a valid residence permit (verblijfsvergunning), or as a citizen of the European Union, Norway, Iceland, Liechtenstein or Switzerland. Not sure? Ask the municipality.
vraag-partner-geldige-verblijfstitel = Does your partner live in the Netherlands legally?
hulp-partner-geldige-verblijfstitel = Your partner is Dutch, or lives here legally: with a valid residence permit (verblijfsvergunning), or as a citizen of the European Union, Norway, Iceland, Liechtenstein or Switzerland. Not sure? Ask the municipality.
vraag-aanvrager-gedetineerd = Are you in prison or detention now?
vraag-partner-gedetineerd = Is your partner in prison or detention now?

## Your costs, and per cost what the rules want to know about it
vraag-kosten = Do you have costs now that you cannot pay yourself?
hulp-kosten = For example a broken washing machine, a personal contribution for care, a funeral or costs of financial administration.
vraag-kost-soort = What are the costs for?
keuze-kost-medisch = Care or medical costs
keuze-kost-witgoed = Washing machine, fridge or cooker
keuze-kost-computer = Computer or laptop for school
keuze-kost-babyuitzet = Things for a new baby
keuze-kost-uitvaart = Funeral
keuze-kost-bewindvoering = Financial administration by a court-appointed administrator
keuze-kost-reiskosten = Travel costs
keuze-kost-kinderopvang = Childcare
keuze-kost-verhuizing = Moving house
keuze-kost-afval = Extra waste because of a disability or illness
keuze-kost-waarborgsom = Rental deposit
keuze-kost-overig = Something else
keuze-kost-alimentatie = Maintenance payments
keuze-kost-boete = A fine
keuze-kost-schade = Damage I have to pay for
keuze-kost-schuldaflossing = Paying off debts
keuze-kost-huurschuld = Rent arrears
keuze-kost-energieschuld = Arrears for gas, water or electricity
keuze-kost-budgetbeheer = Budget management
keuze-kost-leges-verblijfsvergunning = Extending or changing a residence permit
keuze-kost-naturalisatie = Naturalisation
keuze-kost-eigen-risico = Health insurance excess
vraag-kost-bedrag = How much does it cost?
vraag-kost-item = Which appliance?
keuze-apparaat-wasmachine = Washing machine
keuze-apparaat-koelkast = Fridge
keuze-apparaat-kookapparatuur = Cooker or hob
vraag-kost-vervanging = Does it replace something that broke?
vraag-kost-jaren-sinds-vorige-vergoeding = How many years ago did the municipality last pay for this?
vraag-kost-via-kinderen-tellen-mee = Did your child get a computer through Stichting Kinderen tellen mee in the last 5 years?
vraag-kost-eerste-kind = Is it your first child?
vraag-kost-overledene = Who died?
keuze-overledene-partner = My partner
keuze-overledene-kind = My child
keuze-overledene-ouder = My father or mother
keuze-overledene-anders = Someone else
vraag-kost-wsnp = Is the administration part of the WSNP (statutory debt scheme)?
vraag-kost-al-betaald = Have you already bought or paid for this?
hulp-kost-al-betaald = The municipality usually only helps if you ask before you buy or pay anything.
vraag-kost-voorliggende-voorziening = Does something else already pay all of this, such as your health insurance or the childcare allowance?
hulp-kost-voorliggende-voorziening = Does it pay only part? Then choose no and enter what you have to pay yourself as the amount.
vraag-kost-zeer-dringend = Is there an acute emergency?
hulp-kost-zeer-dringend = For example when your life or health is in serious danger if this is not paid.
vraag-kost-reisdoel = What do you travel for?
keuze-reisdoel-arts-buiten-gemeente = To a doctor, therapist or specialist outside the municipality
keuze-reisdoel-familie-in-ziekenhuis = To my partner, child or parent in hospital or a nursing home
keuze-reisdoel-familie-in-detentie = To my partner, child or parent in prison
keuze-reisdoel-school = My child to a school that cannot be nearby
keuze-reisdoel-re-integratie = For re-integration or training
keuze-reisdoel-anders = Something else
vraag-kost-enkele-reis-km = How many kilometres is a single journey?
hulp-kost-enkele-reis-km = The shortest route, for example by the ANWB route planner. One way, not there and back.
vraag-kost-dreigt-uitzetting-of-afsluiting = Are you at risk of eviction or disconnection?
hulp-kost-dreigt-uitzetting-of-afsluiting = For example a letter from the landlord, the bailiff or the energy company.
vraag-kost-kinderopvang-reden = Why is childcare needed?
keuze-opvangreden-re-integratie = For job seeking, re-integration or civic integration
keuze-opvangreden-werkaanvaarding = I just started work after social assistance
keuze-opvangreden-sociaal-medische-indicatie = For medical or social reasons (indication)
keuze-opvangreden-anders = Another reason
