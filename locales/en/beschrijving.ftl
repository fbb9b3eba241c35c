# The overview of each municipality's schemes for policy staff, written by `bur docs --taal en`
# (src/policy/beschrijving.rs and src/bin/bur/docs.rs): every rule in words, without a
# household. Not for the report or the widget: these messages get no number
# (catalogus_bestanden::NIET_IN_RAPPORT) and are made with `docs_zin!`.
# Dutch shows the ids of the policy files ($soort, $apparaat, $overledene, $norm) as the file
# writes them; here they are said in words where they are not a name of the files.

## Parts one after another: "a, b", "a or b", "a; b", "a; and b".
beschrijving-reeks-komma = { $eerste }, { $rest }
beschrijving-reeks-of = { $eerste } or { $rest }
beschrijving-reeks-puntkomma = { $eerste }; { $rest }
beschrijving-reeks-en = { $eerste }; and { $rest }

## The overview (src/bin/bur/docs.rs)
beschrijving-titel = Schemes per municipality
beschrijving-inleiding =
    Made by `bur docs --taal en` from the files in `policies/`; do not edit by hand. The Dutch
    overview (docs/regelingen.md) is leading. Texts of the policy files are in Dutch where the file
    has no English. Outcomes: `ja` (yes) when all conditions hold, `nee` (no) when one does not,
    otherwise `misschien` (maybe).
beschrijving-gemeente = { $naam } (`{ $id }`, version { $versie })
beschrijving-gemeente-bron = Source: { $bron }.
beschrijving-gemeente-norm-alleenstaande-ouder = Standard for a single parent: { $procent } of the standard for couples (gehuwdennorm).
beschrijving-gemeente-jongeren-met-aanvulling = For young people aged 18 to 20, the supplementary special assistance (aanvullende bijzondere bijstand) counts in the social assistance standard (bijstandsnorm). Whoever receives social assistance has it already: then the standard from 21 counts. Otherwise an income above a limit of the youth standard but within that of a 21-year-old is a maybe.
beschrijving-gemeente-kostendelersnorm-jongeren = Where the capacity to pay (draagkracht) applies the cost-sharer standard (kostendelersnorm), someone aged 18 to 20 gets that of a 21-year-old.
beschrijving-regeling = { $naam } (`{ $id }`)
beschrijving-regeling-bron = Source: { $bron }
# $vanaf and $tot: dates as the policy file writes them (2025-01-01).
beschrijving-regeling-geldig-vanaf = Valid: from { $vanaf }
beschrijving-regeling-geldig-tot = Valid: from { $vanaf } up to and including { $tot }
beschrijving-regeling-voorwaarden = Conditions:
beschrijving-regeling-voorwaarde = { $voorwaarde } ({ $bron })
beschrijving-regeling-bedrag = Amount: { $bedrag }
beschrijving-regeling-draagkracht = Capacity to pay (draagkracht): { $draagkracht }
beschrijving-regeling-aanvragen = How to apply: { $vervolgstap }
beschrijving-signalen = Signals for tailored help (advice: a kitchen-table conversation, keukentafelgesprek)
beschrijving-signaal = `{ $id }`: when { $voorwaarden }. Source: { $bron }.
beschrijving-buiten-scope = Not in the calculator
beschrijving-kolom-regeling = scheme
beschrijving-kolom-bron = source
beschrijving-kolom-reden = reason

## Conditions
# $kostendelersnorm: ja or nee.
beschrijving-bijstandsnorm = { $kostendelersnorm ->
    [ja] the social assistance standard (bijstandsnorm) with the cost-sharer standard (kostendelersnorm)
   *[nee] the social assistance standard (bijstandsnorm, without the cost-sharer standard)
}
beschrijving-inkomen = net household income at most { $max } of { beschrijving-bijstandsnorm }
beschrijving-inkomen-zeker = net household income up to { $zeker } of { beschrijving-bijstandsnorm } certainly; up to { $max } maybe (personal assessment); above that not
# $onder_de_grens: ja or nee; $boven_grens: eigen_woning, beoordeling or nee.
beschrijving-vermogen = { $onder_de_grens ->
    [ja] assets below the asset limit (vermogensgrens, art. 34 Participatiewet): no good financial buffer
   *[nee] assets not above the asset limit (vermogensgrens, art. 34 Participatiewet)
}{ $boven_grens ->
    [eigen_woning] ; if the equity in the home takes the assets above it, the municipality assesses it (maybe)
    [beoordeling] ; above it the municipality assesses it (maybe), not a no
   *[nee] {""}
}
# $wie: aanvrager, partner, aanvrager_en_partner or aanvrager_of_partner.
beschrijving-wie = { $wie ->
    [aanvrager] applicant
    [partner] partner
    [aanvrager_en_partner] applicant and partner
   *[aanvrager_of_partner] applicant or partner
}
beschrijving-voor-wie = { beschrijving-wie }: { $voorwaarde }
beschrijving-leeftijd-minstens = at least { $jaar } { $jaar ->
    [one] year
   *[other] years
} old
beschrijving-leeftijd-hoogstens = at most { $jaar } { $jaar ->
    [one] year
   *[other] years
} old
beschrijving-leeftijd-onder-aow = below the state pension age (AOW-leeftijd)
beschrijving-kinderen = at least one child living at home aged { $van } to { $tot } inclusive
beschrijving-kostendelers = at least { $aantal } other { $aantal ->
    [one] adult in the home who counts as a cost-sharer
   *[other] adults in the home who count as cost-sharers
} (kostendelers, 27 or older)
beschrijving-maanden-laag-inkomen = a low income for at least { $maanden } { $maanden ->
    [one] month
   *[other] months
} in a row
# $kostendelersnorm, $vermogen and $schuldregeling: ja or nee.
beschrijving-woonkosten = housing costs per month higher than the income above { $procent } of the social assistance standard (bijstandsnorm){ $kostendelersnorm ->
    [ja] {" "}(with the cost-sharer standard)
   *[nee] {""}
}{ $vermogen ->
    [ja] , with the assets above the limit set against a year of housing costs
   *[nee] {""}
}{ $schuldregeling ->
    [ja] ; during a debt arrangement no capacity to pay counts
   *[nee] {""}
}
# $feit: beschrijving-ja or beschrijving-nee; $aangenomen: ja or nee.
beschrijving-ja-nee = { $feit }{ $aangenomen ->
    [ja] {" "}(assumed without an answer, and said so)
   *[nee] {""}
}
# $vraag: the question of a yes/no condition, as the policy file names it.
beschrijving-ja = { $vraag ->
    [student] studies with student finance or WTOS (or did so in the past year)
    [chronisch_ziek_of_beperking] a disability or a chronic mental or psychosocial problem
    [geldige_verblijfstitel] a valid residence permit (verblijfstitel)
    [gedetineerd] in detention
    [schulden] debts the household cannot repay
    [inkomenstoeslag_laatste_12_maanden] received an income supplement (inkomenstoeslag) in the past 12 months
    [eigen_woning] owns their home
    [beperking_huisgenoot] a housemate with a disability or chronic problem
    [zelfstandige_huishouding] runs an independent household
    [schuldregeling] in a debt rescheduling or debt arrangement (schuldsanering or schuldregeling)
    [heeft_partner] a partner (married, registered or living together)
   *[partner_woont_elders] married or a partner, but the partner lives elsewhere
}
beschrijving-nee = { $vraag ->
    [student] no study with student finance or WTOS in the past 12 months
    [chronisch_ziek_of_beperking] no disability or chronic problem
    [geldige_verblijfstitel] no valid residence permit (verblijfstitel)
    [gedetineerd] not in detention
    [schulden] no debts the household cannot pay
    [inkomenstoeslag_laatste_12_maanden] no income supplement (inkomenstoeslag) in the past 12 months
    [eigen_woning] does not own their home
    [beperking_huisgenoot] no housemate with a disability or chronic problem
    [zelfstandige_huishouding] no independent household
    [schuldregeling] no debt rescheduling or debt arrangement (schuldsanering or schuldregeling)
    [heeft_partner] no partner
   *[partner_woont_elders] the partner lives in the home
}
beschrijving-beoordeling = personal assessment: { $tekst }
beschrijving-alle = all of these: ({ $voorwaarden })
beschrijving-een-van = one of these: ({ $voorwaarden })

## Costs
# $soort and $apparaat: the id from the policy file, said with the engine's words.
beschrijving-kostensoort = { kosten-soort }
beschrijving-apparaat = { kosten-apparaat }
# $overledene: partner, kind, ouder or anders.
beschrijving-overledene = { $overledene ->
    [partner] partner
    [kind] child
    [ouder] parent
   *[anders] someone else
}
beschrijving-reisdoel = { $reisdoel ->
    [arts_buiten_gemeente] a doctor or specialist outside the municipality
    [familie_in_ziekenhuis] a first-degree relative in hospital
    [familie_in_detentie] a first-degree relative in detention
    [school] a school that cannot be followed nearby
    [re_integratie] re-integration or training
   *[anders] something else
}
beschrijving-opvangreden = { $reden ->
    [re_integratie] re-integration or civic integration (inburgering)
    [werkaanvaarding] work after leaving social assistance
    [sociaal_medische_indicatie] a social-medical indication
   *[anders] another reason
}
beschrijving-kosten = a cost item for { $soorten }
beschrijving-kosten-apparaten = a cost item for { $soorten } ({ $apparaten })
beschrijving-kosten-vervanging = replacement only (not a first purchase or a repair)
beschrijving-kosten-eenmaal-per = once every { $jaren } { $jaren ->
    [one] year
   *[other] years
}
beschrijving-kosten-eerste-kind = for the first child only
beschrijving-kosten-uitvaart-van = for the funeral of: { $overledenen }
beschrijving-kosten-reisdoelen = for: { $reisdoelen }
beschrijving-kosten-enkele-reis = a single journey of at least { $km } km (shorter: maybe)
beschrijving-kosten-dreigende-uitzetting = only when eviction or disconnection threatens
beschrijving-kosten-niet-wsnp = not for administration (bewindvoering) within the WSNP
beschrijving-kosten-opvangredenen = needed for: { $redenen }
# $al_betaald: ja or nee.
beschrijving-kosten-samen-hoogstens = { $al_betaald ->
    [ja] only costs already paid, together
   *[nee] together
} at most { $max } per calendar year
beschrijving-kosten-kinderen-tellen-mee = not if a computer came through Kinderen tellen mee in the past 60 months
# $al_betaald: nee, misschien or toegestaan; $zeer_dringend: ja or nee.
beschrijving-afwijzingsgronden = grounds for refusal (afwijzingsgronden) per cost item: never for { $uitgesloten } (only for very pressing reasons, zeer dringende redenen: maybe); costs already paid: { $al_betaald ->
    [nee] no
    [misschien] maybe
   *[toegestaan] allowed
}{ $zeer_dringend ->
    [ja] {""}
   *[nee] ; not even for very pressing reasons
}
beschrijving-afwijzing-voorliggend = first a prior provision (voorliggende voorziening) for { $soorten }

## Amount
# $norm: the standard as normen.toml names it; $vakantietoeslag: inclusief or zonder;
# $afronding: hele_euros_omhoog or op_centen.
beschrijving-bedrag-percentage-norm = { $procent } of 12 times the standard '{ $norm }' { $vakantietoeslag ->
    [inclusief] including
   *[zonder] without
} holiday allowance (vakantietoeslag) on 1 January, { $afronding ->
    [hele_euros_omhoog] rounded up
   *[op_centen] rounded to cents
}; of that, couples { $gehuwden }, a single person { $alleenstaande }, a single parent { $alleenstaande_ouder }
# $maximaal: ja or nee; $per: maand, jaar or eenmalig.
beschrijving-bedrag-vast = { $maximaal ->
    [ja] up to { $bedrag }
   *[nee] { $bedrag }
} { $per ->
    [maand] per month
    [jaar] per year
   *[eenmalig] once
}
beschrijving-bedrag-in-document = set out in: { $document } (we do not have it; the outcome names no amount)
beschrijving-bedrag-kosten-min-draagkracht = per cost item given: the amount minus the capacity to pay (draagkracht)

## Capacity to pay
# $kostendelersnorm: ja or nee; $aow_maanden: 0 when the period with AOW is not different;
# $vermogen: which assets count (vermogensgrens, alles, norm, bedrag) or nee; $vrijlating: the
# amount left free for [bedrag].
beschrijving-draagkracht = { $inkomen_procent } of the income above { $boven_procent } of the social assistance standard (bijstandsnorm) { $kostendelersnorm ->
    [ja] with the cost-sharer standard
   *[nee] without the cost-sharer standard
}, over { $maanden } { $maanden ->
    [one] month
   *[other] months
}{ $aow_maanden ->
    [0] {""}
   *[other] {" "}({ $aow_maanden } months with a state pension, AOW)
}{ $vermogen ->
    [vermogensgrens] , plus the assets above the asset limit (vermogensgrens)
    [alles] , plus all savings
    [norm] , plus the bank balance above the social assistance standard including holiday allowance
    [bedrag] , plus savings and cash above { $vrijlating }
   *[nee] {""}
}
beschrijving-draagkracht-schuldregeling = no capacity to pay during a debt rescheduling (Wsnp) or an amicable debt arrangement (minnelijke schuldregeling)
beschrijving-draagkracht-berekend-tot = above { $procent } of the standard the municipality calculates it itself
beschrijving-draagkracht-eigen-woning = with equity in the own home: without further inquiry for assistance below { $bedrag } per year
beschrijving-draagkracht-zorgkosten = for medical costs, up to { $procent } of the standard, at most { $verlaging } lower
beschrijving-draagkracht-in-document = set out in: { $document } (we do not have it)
