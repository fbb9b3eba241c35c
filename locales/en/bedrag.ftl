# The estimated amount, the means (draagkracht) and what they leave special assistance to pay
# (src/evaluate/bedrag.rs, woning.rs, vergoeding.rs, specifiek.rs), the margin (marge.rs) and
# who applies (rollen.rs).

## Amount: a percentage of the standard per year
bedrag-norm-onbekend = The amount depends on the standard on { $januari }, which we do not know.
# $vakantietoeslag: inclusief or zonder; $afronding: hele_euros or centen.
bedrag-gehuwden = The amount for married couples is { $procent } of the married couples' standard ({ $maandnorm } per month { $vakantietoeslag ->
    [inclusief] including
   *[zonder] excluding
} holiday allowance, the standard on { $normdatum }) per year: { $jaarbedrag }{ $afronding ->
    [hele_euros] {" "}rounded up to whole euros
   *[centen] {""}
}.
bedrag-norm-ouder = The scheme uses the standard on { $januari }. That is not yet in this tool; we use the standard on { $normdatum }. The amount is therefore an estimate.
bedrag-geschat = Estimated amount for you: { $bedrag } per year. For { leefvorm } that is { $deel } of the amount for married couples.
bedrag-gezinssituatie = The amount depends on your household.
bedrag-partner-recht-aangenomen = If your partner has no valid residence permit or is in detention, you get the amount for a single person or single parent (art. 7.4.3 lid 2). That is not filled in yet; we use the amount for couples.
bedrag-partner-voldoet-niet = Your partner does not meet every condition. Only if your partner has no right to social assistance (no valid residence permit, or in detention) do you get this, with the single (parent) amount (art. 7.4.3 lid 2).
bedrag-partner-zonder-recht = Your partner has no right to social assistance (no valid residence permit, or in detention). So you get the amount for a single person or single parent (art. 7.4.3 lid 2).

## Amount: fixed, or in a document we do not have
# $maximaal: ja or nee; $per: maand, jaar or eenmalig.
bedrag-vast = { $maximaal ->
    [ja] Up to { $bedrag }
   *[nee] { $bedrag }
} { $per ->
    [maand] per month
    [jaar] per year
   *[eenmalig] once
}.
bedrag-in-document = How much you get is set in: { $document }. This tool does not work that out. The municipality will tell you the amount.

## Means (draagkracht)
draagkracht-in-document = How much you pay yourself (your draagkracht) is set in: { $document }. This tool does not work that out. The municipality will work it out for you.
draagkracht-schuldregeling = You are in a statutory debt scheme (Wsnp) or an amicable debt arrangement through the credit bank (Stadsbank). While it runs, you have no means to contribute: you pay nothing yourself.
draagkracht-aow-onbekend = If you already receive state pension, the municipality works out your means over { $aow_maanden } months, otherwise over { $maanden } months. We cannot tell from your age in years whether you have reached state pension age.
# $vermogen: ja if assets above the limit count, else nee; $nodig: a list.
draagkracht-nog-nodig = Your means are { $inkomen_procent } of your income above { $boven_procent } of the social assistance standard, over { $maanden } months{ $vermogen ->
    [ja] , plus the part of your assets that counts
   *[nee] {""}
}. To work it out we still need: { $nodig }.
draagkracht-berekend = Your income is above { $procent } of the social assistance standard ({ $grens }). Then the municipality works out how much you could have saved, from your real income and spending over the last 36 months. We cannot work that out for you.
draagkracht-spaargeld-genoeg = But the savings that always count ({ $spaargeld }) already cover your costs.
# $vermogen: which assets count (vermogensgrens, alles, norm, bedrag), or nee where none do;
# $vrijlating: the amount left free under [bedrag].
draagkracht-bedrag = Your means are { $draagkracht }: { $inkomen_procent } of your income above { $grens } ({ $boven_procent } of the social assistance standard of { $norm }, the standard on { $normdatum }), over { $maanden } months{ $vermogen ->
    [vermogensgrens] , plus your assets above the asset limit ({ $vermogensdeel })
    [alles] , plus all your savings and money in the bank ({ $vermogensdeel })
    [norm] , plus your bank balance above the social assistance standard with holiday pay ({ $vermogensdeel })
    [bedrag] , plus your savings and cash above { $vrijlating }, or all your assets above the asset limit (your own home included) if that is more ({ $vermogensdeel })
   *[nee] {""}
}. You pay that part yourself; special assistance can pay what is needed above it.
draagkracht-schuldregeling-open = Are you in a statutory debt scheme (Wsnp) or an amicable debt arrangement through the credit bank (Stadsbank)? Then you have no means to contribute while it runs.
draagkracht-zorgkosten = For medical costs your means are { $draagkracht } over { $maanden } months: up to { $tot_procent } of the standard, at most { $verlaging } is taken off.
draagkracht-op-bijstand = You receive social assistance. Then the municipality may assume you have no means; savings from the benefit stay free. The means above are the most they can be.
draagkracht-bijstand-open = Do you receive social assistance? Then the municipality may assume you have no means to contribute.
draagkracht-kosten-zonder-bedrag = For one or more of your costs we do not know the amount yet; we do not estimate those.

## Equity in the own home above the limit (Montferland 003 par. 5.10)
woning-precies-grens = You have equity in your own home above the limit. The assistance for all your costs together is estimated at exactly { $grens } a year, the limit itself: the municipality judges it.
woning-onder-grens = You have equity in your own home above the limit. Because the assistance for all your costs together is less than { $grens } a year (estimated { $totaal }), the municipality gives it without further inquiry.
woning-boven-grens = You have equity in your own home above the limit. The assistance for all your costs together is estimated at { $totaal } a year. For assistance of more than { $grens } a year the municipality refuses, unless it is not reasonable to ask you to sell or borrow (more) on your home. The municipality judges that.

## What special assistance pays
vergoeding-gedekt = Your costs ({ $kosten }) are not higher than your means ({ $draagkracht }). Special assistance does not pay what you can pay yourself.
vergoeding-een-keer = Your means count once for all your costs together. Of that, { $gebruikt } is already used for costs under a scheme above; here { $over } still counts.
# $soort: the kind of cost (a list of one); $naam and $kruimel: names of schemes.
vergoeding-eigen-regeling-nee-kruimel = For your costs for { $soort } the municipality has a scheme of its own, '{ $naam }'. It does not pay this cost for you, so this scheme does not either; as small costs afterwards, '{ $kruimel }' may pay them.
vergoeding-eigen-regeling-nee = For your costs for { $soort } the municipality has a scheme of its own, '{ $naam }'. It does not pay this cost for you, so this scheme does not either.
vergoeding-eigen-regeling = For your costs for { $soort } the municipality has a scheme of its own, '{ $naam }': it decides whether and how the municipality pays them. See there.
vergoeding-alle-eigen-regeling-nee = All your costs fall under a scheme of its own, and it does not pay them. Then this general scheme does not either.

## The margin. $richting: meer or minder; $status: ja, misschien or nee.
marge-stap = With { $verschil } { $richting ->
    [meer] more
   *[minder] less
} income per month the outcome becomes '{ $status ->
    [ja] probably yes
    [misschien] maybe
   *[nee] probably not
}'.

## Who applies
rol-partner-vraagt-aan-als-alleenstaande = You have no right to social assistance yourself (no valid residence permit, or in detention), but your partner has. Then your partner can apply, with the amount for a single person (or single parent). Where it says 'you' below, it means your partner.
rol-partner-vraagt-aan = You cannot apply for this yourself (no valid residence permit, in detention or under 18), but your partner can. Where it says 'you' below, it means your partner.
