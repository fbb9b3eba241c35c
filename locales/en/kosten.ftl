# The reasons for the cost conditions (src/evaluate/redenen/kosten.rs): whether a cost fits the
# scheme, and which ground for refusal decides it.

## Names of costs. $soort and $apparaat: the id from the answers.
kosten-soort = { $soort ->
    [medisch] medical costs
    [witgoed] household appliances
    [computer] computer
    [babyuitzet] baby kit
    [uitvaart] funeral
    [bewindvoering] financial administration
    [reiskosten] travel costs
    [kinderopvang] childcare
    [verhuizing] moving house
    [afval] waste charges
    [waarborgsom] rent deposit
    [alimentatie] maintenance payments
    [boete] fine
    [schade] damage
    [schuldaflossing] debt repayment
    [huurschuld] rent arrears
    [energieschuld] energy arrears
    [budgetbeheer] budget management
    [leges_verblijfsvergunning] residence permit fees
    [naturalisatie] naturalisation
    [eigen_risico] health insurance excess
   *[overig] other costs
}
kosten-apparaat = { $apparaat ->
    [wasmachine] washing machine
    [koelkast] fridge
   *[kookapparatuur] cooking appliance
}
# Names one after another: "a or b or c", "a and b and c", "a, b, c".
kosten-reeks-of = { $eerste } or { $rest }
kosten-reeks-en = { $eerste } and { $rest }
kosten-reeks-komma = { $eerste }, { $rest }

## Whether the costs fit the scheme
kosten-onbekend = We do not know yet whether you have costs for { $waarvoor }.
kosten-alleen-al-betaald = This is for small costs you already paid. Costs you still have to pay are applied for beforehand as special assistance.
kosten-niet-klein = Your costs for { $wat } { $aantal ->
        [one] are above
       *[other] are each above
    } { $max }: they are not small costs.
kosten-geen-opgegeven = You entered no costs for { $waarvoor }.
kosten-bedragen-ontbreken = Enter the amount of every cost.
kosten-totaal-al-betaald = The small costs you already paid add up to { $totaal }; the limit is { $max } per calendar year. Costs you still have to pay are applied for beforehand as special assistance.
kosten-totaal = Your costs add up to { $totaal }; the limit is { $max } per calendar year.
kosten-passen = Your costs for { $wat } fit this scheme.
kosten-passen-afwijzingsgrond = Your costs for { $waarvoor } fit this scheme, but a ground for refusal of this scheme decides whether the municipality can pay them.

## What a cost lacks, or what does not fit
kosten-apparaat-ontbreekt = Say which appliance it is ({ $items }).
kosten-ander-apparaat = The scheme covers { $items }, not { $wat }.
kosten-vervanging-ontbreekt = Say whether the { $wat } replaces an old one.
kosten-geen-vervanging = This is a first purchase or repair of the { $wat }; the scheme only covers replacement.
kosten-jaren-ontbreekt = Say how many years ago you were last reimbursed for the { $wat }, or that it is the first time.
kosten-te-recent = You were reimbursed for the { $wat } { $jaren } years ago. This is possible once every { $minimaal } years.
kosten-kinderen-tellen-mee-ontbreekt = Say whether a computer came through Kinderen tellen mee in the last 60 months.
kosten-eerste-kind-ontbreekt = Say whether the baby kit is for your first child.
kosten-niet-eerste-kind = A baby kit is only for the first child: for a next child the things are usually there already.
kosten-overledene-ontbreekt = Say who died.
kosten-andere-overledene = For the funeral of someone other than your partner, child or parent there is in principle no special assistance: the costs come from the estate.
kosten-wsnp-ontbreekt = Say whether the administration is part of the WSNP debt scheme.
kosten-wsnp = There is no special assistance for administration within the WSNP debt scheme: those costs are paid another way.
kosten-reisdoel-ontbreekt = Say what you travel for.
kosten-ander-reisdoel = Travel costs are only paid for a doctor or specialist outside the municipality, a first-degree relative (parent or child) in hospital or prison, a school that cannot be nearby, or re-integration. Other journeys are paid from the social assistance norm.
kosten-afstand-ontbreekt = Say how many kilometres a single journey is.
kosten-korte-reis = A single journey is { $km } km. The limit is { $minimaal } km; below it only with health complaints or a special situation.
kosten-dreiging-ontbreekt = Say whether eviction or disconnection of gas, water or electricity threatens.
kosten-geen-dreiging = A loan for this debt is only possible to prevent a threatened eviction or disconnection.
kosten-opvangreden-ontbreekt = Say why you need childcare.
kosten-andere-opvangreden = Special assistance for childcare is possible for re-integration or civic integration, after leaving assistance for work, or with a social-medical indication.
kosten-via-kinderen-tellen-mee = A computer already came through Kinderen tellen mee in the last 60 months.

## Grounds for refusal. $wat: a cost in words (afwijzing-kost).
afwijzing-kost = { $soort ->
    [alimentatie] maintenance payments
    [boete] a fine
    [schade] damage
    [schuldaflossing] paying off debts
    [huurschuld] rent arrears
    [energieschuld] arrears for gas, water or electricity
    [naturalisatie] naturalisation
    [eigen_risico] the excess of your health insurance
   *[other] this cost ({ kosten-soort })
}
afwijzing-kosten-onbekend = We do not know your costs yet.
afwijzing-geen-kosten = You entered no costs: then there is nothing to apply for now. If you have necessary costs you cannot pay yourself, enter them.
afwijzing-niets-getoetst = There are no costs this scheme tests against the grounds for refusal.
afwijzing-nooit = The municipality never gives special assistance for { $wat }, not even in an emergency.
afwijzing-uitgesloten = Special assistance is not possible for { $wat }. Only for very urgent reasons, such as an acute emergency, can the municipality make an exception.
afwijzing-zeer-dringend-ontbreekt = Special assistance is in principle not possible for { $wat }. Say whether there is an acute emergency: only then can the municipality make an exception.
afwijzing-zeer-dringend = Special assistance is in principle not possible for { $wat }. You say there is an acute emergency: then the municipality can make an exception (very urgent reasons, art. 16). It decides that itself after a conversation. Ask for a kitchen-table conversation.
afwijzing-al-betaald-nooit = You have already paid { $wat }. The municipality gives no special assistance for costs from before the application.
afwijzing-al-betaald = You have already paid { $wat }. Special assistance for costs from before the application is in principle not possible; the municipality decides.
afwijzing-voorliggend-ontbreekt = Say whether another scheme, such as your health insurance or the childcare allowance, already pays { $wat } in full.
afwijzing-voorliggend = Another scheme already pays { $wat }. That comes first; special assistance is not needed for it.
afwijzing-geen-van-deze = None of your costs is { $namen }: the municipality gives no special assistance for that.
afwijzing-geen = None of your costs falls under the grounds for refusing special assistance.
afwijzing-andere-kosten = None of these grounds applies to your other costs.
