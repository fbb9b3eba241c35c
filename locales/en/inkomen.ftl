# The reasons about income (src/evaluate/redenen/inkomen.rs): the income against its limit,
# housing costs against the income above the norm, and what the municipality adds to the income
# or takes off it.

## Income against the limit. $wie: u, samen (with a partner) or eigen (the partner's income is
## still missing); $net_boven: ja where the income is just over a limit.
inkomen-al-hoger = { $wie ->
        [samen] Your income together with your partner's
        [eigen] Your own income
       *[u] Your income
    } is { $inkomen } per month. That is already above { $grens } ({ $procent } of the highest social assistance standard that can apply to you, the standard on { $datum }), whatever you still fill in.
inkomen-nodig = To decide this we still need: { $nodig }. The limit is { $procent } of the social assistance standard.
inkomen-bedrag = { $wie ->
        [samen] Your income together with your partner's
       *[u] Your income
    } is { $inkomen } per month. That is { $net_boven ->
        [ja] just over { $aandeel }
       *[nee] { $aandeel }
    } of { $normnaam } of { $norm } (the standard on { $datum }). The limit is { $procent } ({ $grens }).
# The standard in the sentence above ($normnaam).
inkomen-normnaam = the social assistance standard
inkomen-normnaam-kostendelers = the social assistance standard with the cost-sharer rule ({ $kostendelers } adults share the costs)
inkomen-normnaam-ouder = the social assistance standard (for a single parent: { $ouder_procent } of the couple's standard)
inkomen-normnaam-kostendelers-ouder = the social assistance standard with the cost-sharer rule ({ $kostendelers } adults share the costs) (for a single parent: { $ouder_procent } of the couple's standard)
inkomen-hoger = Your income is above the limit.
inkomen-niet-hoger = Your income is not above the limit.
inkomen-jongeren-onder-grens-21 = From 18 to 21 the supplementary special assistance counts in the standard too; its height is not in the rules. With the standard from 21 the limit is { $grens }: you are not above it. The municipality judges it.
inkomen-jongeren-bijstand-21 = { $wie ->
        [samen] You or your partner receive social assistance.
       *[u] You receive social assistance.
    } From 18 to 21 it already includes the supplementary special assistance. So the standard from 21 counts: the limit is then { $grens }.
inkomen-zeker-tot = Up to { $procent } ({ $grens }) it is certain.
inkomen-jongeren-nodig = From 18 to 21 the supplementary special assistance counts in the standard too. To set that limit we still need: { $nodig }.

## What the municipality adds to the income or takes off it
inkomen-ouderkop = Your income includes the single-parent supplement of your child budget ({ $bedrag } per month).
inkomen-ouderkop-onbekend = Do you get the single-parent supplement with your child budget? It counts as income here. You did not fill it in, so we count without it.
inkomen-alimentatie = The maintenance you pay ({ $bedrag } per month) has been taken off your income.
inkomen-alimentatie-onbekend = Do you pay maintenance? It is taken off your income. You did not fill it in, so we count without it.

## Housing costs
woonkosten-onbekend = We do not know yet what you pay per month in rent or mortgage.
woonkosten-nodig = To compare your housing costs with your income we still need: { $nodig }.
woonkosten-bedrag = You pay { $woonkosten } per month in housing costs. Of your income, everything above { $procent } of the social assistance standard ({ $grens }, the standard on { $datum }) counts: that is { $over } per month.
woonkosten-vermogen = Your assets above the asset limit ({ $vermogen }) count too, against a year of housing costs.
woonkosten-zelf-betalen = With that you can pay your housing costs yourself.
woonkosten-vergelijken-nodig = To compare we still need: { $nodig }.
woonkosten-met-vermogen-beoordeling = With your assets you could pay your housing costs yourself. But with social assistance your assets were already assessed for the benefit: the municipality judges it.
woonkosten-niet-genoeg = That is not enough for your housing costs.
