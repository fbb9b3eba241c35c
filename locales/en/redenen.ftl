# The reasons of a condition (src/evaluate/redenen/mod.rs), with the numbers that decided it.

groep-alle = All of these conditions must be met:
groep-een-van = One of these conditions must be met:

## Assets
vermogen-grenzen = The asset limit is { $alleenstaande } for a single person and { $gehuwden } for couples and single parents.
vermogen-niet-hoger = Your assets are not above the limit.
vermogen-hoger = Your assets are above the limit.
vermogen-geen-buffer = Your assets are below the limit: you have no good financial buffer.
vermogen-buffer-beoordeeld = Your assets are at or above the limit: then you have a good financial buffer.
vermogen-buffer = Your assets are at or above the limit: then you have a good financial buffer, and the scheme is not for you.
vermogen-boven-elke-grens = Your assets are { $vermogen }: more than any asset limit.
vermogen-woning-onbekend = We do not know yet whether you own your home, or what it is worth.
vermogen-onbekend = We do not know your assets yet.
vermogen-met-grens = Your assets are { $vermogen }. The asset limit for { leefvorm } is { $grens }.
vermogen-woning-met-grens = Your assets, including the part of your home equity above { $vrij } that counts, are { $vermogen }. The asset limit for { leefvorm } is { $grens }.
vermogen-bedrag = Your assets are { $vermogen }.
vermogen-woning-bedrag = Your assets, including the part of your home equity above { $vrij } that counts, are { $vermogen }.

## Age
leeftijd-u = You are { $jaar }.
leeftijd-u-onbekend = We do not know your age yet.
leeftijd-partner = Your partner is { $jaar }.
leeftijd-partner-onbekend = We do not know your partner's age yet.
leeftijdsgrens = The age limit is: { $delen }.
leeftijd-vanaf = from { $jaar }
leeftijd-tot-en-met = up to and including { $jaar }
leeftijd-onder-aow = { $maanden ->
    [0] below the state pension age ({ $jaren })
   *[other] below the state pension age ({ $jaren } years and { $maanden } months)
}
leeftijd-onder-aow-onbekend = below the state pension age
leeftijd-een-van-beiden = It is enough if you or your partner meet it.

## Children
kinderen-onbekend = We do not know yet whether children under 18 live with you.
kinderen-bereik-onbekend = We do not know yet whether children aged { $vanaf } to { $tot_en_met } live with you.
kinderen-aantal = { $aantal ->
    [0] No children under 18 live with you.
    [one] 1 child under 18 lives with you.
   *[other] { $aantal } children under 18 live with you.
}
kinderen-bereik-aantal = { $aantal ->
    [0] No children aged { $vanaf } to { $tot_en_met } live with you.
    [one] 1 child aged { $vanaf } to { $tot_en_met } lives with you.
   *[other] { $aantal } children aged { $vanaf } to { $tot_en_met } live with you.
}

## Low income and cost-sharers
laag-inkomen-maanden = You have had a low income for { $maanden } months. At least { $minimaal } months in a row are needed.
laag-inkomen-onbekend = We do not know yet how long you have had a low income. At least { $minimaal } months in a row are needed.
kostendelers-wel = Adults of 27 or older live with you who count as cost-sharers: { $aantal } adults share the costs. This lowers your standard (cost-sharer rule).
kostendelers-geen = No other adults live with you who count as cost-sharers.
kostendelers-onbekend = We do not know yet who else lives with you.

## Yes or no. $wie: u (you) or partner; $aanname: ja where the answer is an assumption.
-aanname-begin = This is not filled in yet; we assume:
-aanname-eind = If that is not so, the outcome may differ.
janee-open = We do not know yet { $vraag }.
janee-student-ja = { $aanname ->
    [ja] { -aanname-begin } { $wie ->
        [partner] your partner is
       *[u] you are
    } in an education with a possible right to student finance or WTOS now or was in the last 12 months, so a higher income is in sight. { -aanname-eind }
   *[nee] { $wie ->
        [partner] Your partner is or was
       *[u] You are or were
    } in an education with a possible right to student finance or WTOS now or in the last 12 months, so a higher income is in sight.
}
janee-student-nee = { $aanname ->
    [ja] { -aanname-begin } { $wie ->
        [partner] your partner was
       *[u] you were
    } not in an education with a possible right to student finance or WTOS in the last 12 months. { -aanname-eind }
   *[nee] { $wie ->
        [partner] Your partner was
       *[u] You were
    } not in an education with a possible right to student finance or WTOS in the last 12 months.
}
janee-chronisch-ziek-ja = { $aanname ->
    [ja] { -aanname-begin } { $wie ->
        [partner] your partner has
       *[u] you have
    } a chronic illness or a disability. { -aanname-eind }
   *[nee] { $wie ->
        [partner] Your partner
       *[u] You
    } reported a chronic illness or a disability.
}
janee-chronisch-ziek-nee = { $aanname ->
    [ja] { -aanname-begin } { $wie ->
        [partner] your partner has
       *[u] you have
    } no chronic illness and no disability. { -aanname-eind }
   *[nee] { $wie ->
        [partner] Your partner
       *[u] You
    } reported no chronic illness and no disability.
}
janee-verblijfstitel-ja = { $aanname ->
    [ja] { -aanname-begin } { $wie ->
        [partner] your partner has
       *[u] you have
    } a valid residence permit. { -aanname-eind }
   *[nee] { $wie ->
        [partner] Your partner
       *[u] You
    } reported a valid residence permit.
}
janee-verblijfstitel-nee = { $aanname ->
    [ja] { -aanname-begin } { $wie ->
        [partner] your partner has
       *[u] you have
    } no valid residence permit. { -aanname-eind }
   *[nee] { $wie ->
        [partner] Your partner
       *[u] You
    } reported no valid residence permit.
}
janee-gedetineerd-ja = { $aanname ->
    [ja] { -aanname-begin } { $wie ->
        [partner] your partner is
       *[u] you are
    } in detention. { -aanname-eind }
   *[nee] { $wie ->
        [partner] Your partner
       *[u] You
    } reported being in detention.
}
janee-gedetineerd-nee = { $aanname ->
    [ja] { -aanname-begin } { $wie ->
        [partner] your partner is
       *[u] you are
    } not in detention. { -aanname-eind }
   *[nee] { $wie ->
        [partner] Your partner
       *[u] You
    } reported not being in detention.
}
janee-schulden-ja = { $aanname ->
    [ja] { -aanname-begin } you have debts or arrears you cannot solve yourself. { -aanname-eind }
   *[nee] You have debts or arrears you cannot solve yourself.
}
janee-schulden-nee = { $aanname ->
    [ja] { -aanname-begin } you have no debts you cannot pay. { -aanname-eind }
   *[nee] You have no debts you cannot pay.
}
janee-inkomenstoeslag-gehad-ja = { $aanname ->
    [ja] { -aanname-begin } you received the individual income supplement in the last 12 months. It is possible once every 12 months. { -aanname-eind }
   *[nee] You received the individual income supplement in the last 12 months. It is possible once every 12 months.
}
janee-inkomenstoeslag-gehad-nee = { $aanname ->
    [ja] { -aanname-begin } you did not receive the individual income supplement in the last 12 months. { -aanname-eind }
   *[nee] You did not receive the individual income supplement in the last 12 months.
}
janee-heeft-partner-ja = You have a partner.
janee-heeft-partner-nee = You have no partner.
janee-partner-elders-ja = You are married or in a registered partnership, but your partner lives elsewhere.
janee-partner-elders-nee = Your partner lives with you.
janee-eigen-woning-ja = You own your home.
janee-eigen-woning-nee = You do not own your home.
janee-beperking-huisgenoot-ja = { $aanname ->
    [ja] { -aanname-begin } someone else in your household has a disability or a chronic (mental or psychosocial) condition. { -aanname-eind }
   *[nee] Someone else in your household has a disability or a chronic (mental or psychosocial) condition.
}
janee-beperking-huisgenoot-nee = { $aanname ->
    [ja] { -aanname-begin } nobody else in your household has a disability or chronic condition. { -aanname-eind }
   *[nee] Nobody else in your household has a disability or chronic condition.
}
janee-zelfstandig-ja = { $aanname ->
    [ja] { -aanname-begin } you run your own household. { -aanname-eind }
   *[nee] You run your own household.
}
janee-zelfstandig-nee = { $aanname ->
    [ja] { -aanname-begin } you do not run your own household. The scheme is for people who live independently. { -aanname-eind }
   *[nee] You do not run your own household. The scheme is for people who live independently.
}
janee-schuldregeling-ja = { $aanname ->
    [ja] { -aanname-begin } you are in a statutory debt scheme (Wsnp) or an amicable debt arrangement through the credit bank (Stadsbank). { -aanname-eind }
   *[nee] You are in a statutory debt scheme (Wsnp) or an amicable debt arrangement through the credit bank (Stadsbank).
}
janee-schuldregeling-nee = { $aanname ->
    [ja] { -aanname-begin } you are not in a debt scheme or debt arrangement. { -aanname-eind }
   *[nee] You are not in a debt scheme or debt arrangement.
}
open-student = whether anyone followed an education with a possible right to student finance or WTOS in the last 12 months (also if it was not claimed)
open-chronisch-ziek = whether there is a disability or chronic condition
open-verblijfstitel = whether there is a valid residence permit
open-gedetineerd = whether anyone is in detention
open-schulden = whether you have debts you cannot pay
open-inkomenstoeslag-gehad = whether you already received the individual income supplement in the last 12 months
open-eigen-woning = whether you own your home
open-partner-elders = whether your partner lives with you
open-heeft-partner = whether you have a partner
open-beperking-huisgenoot = whether someone else in your household has a disability or chronic condition
open-zelfstandig = whether you run your own household
open-schuldregeling = whether you are in a debt scheme or debt arrangement

## Partners
partner-zonder-recht = Your partner has no right to social assistance (no valid residence permit, or in detention). Then only you have to meet this.
beide-partners = This applies to you and to your partner: you must both meet it.
partner-recht-aangenomen = If your partner has no valid residence permit or is in detention, only you have to meet this. That is not filled in yet.

## What is still needed for a norm or an income (a list)
nodig-aanvrager-leeftijd = your age
nodig-heeft-partner = whether you have a partner
nodig-partner-leeftijd = your partner's age
nodig-kinderen = whether children live with you, and their ages
nodig-medebewoners = who else lives with you (age, and whether they study or pay rent for a room)
nodig-aanvrager-inkomen = your net income per month
nodig-partner-inkomen = your partner's net income per month
nodig-aanvrager-inkomensbron = where your income comes from (for example social assistance or wages)
nodig-partner-inkomensbron = where your partner's income comes from
nodig-ouderkop = the single-parent supplement in your child budget
nodig-vermogen = your assets
nodig-eigen-woning = whether you own your home
nodig-woz-waarde = the WOZ value of your home
nodig-hypotheek = your mortgage
nodig-schulden = whether you have debts
nodig-schuldregeling = whether you are in a statutory debt scheme (Wsnp) or an amicable debt arrangement
nodig-norm-onbepaald = a social assistance standard we cannot work out from your answers (for example for someone under 18, or in the year of reaching state pension age); the municipality works it out

# Who a sentence is about (used by the Dutch catalog; here for the same keys).
wie-naam = { $wie ->
    [partner] Your partner
   *[u] You
}

## Housing costs during a debt scheme
woonkosten-schuldregeling = You are in a statutory debt scheme (Wsnp) or an amicable debt arrangement through the credit bank (Stadsbank). While it runs, you have no means to contribute: nothing of your income or assets counts toward your housing costs.
