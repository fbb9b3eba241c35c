# De redenen over inkomen (src/evaluate/redenen/inkomen.rs): het inkomen tegen de grens, de
# woonkosten tegen het inkomen boven de norm, en wat de gemeente bij het inkomen telt of eraf haalt.

## Inkomen tegen de grens. $wie: u, samen (met partner) of eigen (het inkomen van de partner
## ontbreekt nog); $net_boven: ja als het inkomen net boven een grens ligt.
inkomen-al-hoger = { $wie ->
        [samen] Uw inkomen samen met uw partner
        [eigen] Uw eigen inkomen
       *[u] Uw inkomen
    } is { $inkomen } per maand. Dat is al hoger dan { $grens } ({ $procent } van de hoogste bijstandsnorm die voor u kan gelden, de norm op { $datum }), wat u ook nog invult.
inkomen-nodig = Om dit te bepalen is nog nodig: { $nodig }. De grens is { $procent } van de bijstandsnorm.
inkomen-bedrag = { $wie ->
        [samen] Uw inkomen samen met uw partner
       *[u] Uw inkomen
    } is { $inkomen } per maand. Dat is { $net_boven ->
        [ja] net meer dan { $aandeel }
       *[nee] { $aandeel }
    } van { $normnaam } van { $norm } (de norm op { $datum }). De grens is { $procent } ({ $grens }).
# De norm in de zin hierboven ($normnaam).
inkomen-normnaam = de bijstandsnorm
inkomen-normnaam-kostendelers = de bijstandsnorm met kostendelersnorm ({ $kostendelers } volwassenen delen de kosten)
inkomen-normnaam-ouder = de bijstandsnorm (voor een alleenstaande ouder: { $ouder_procent } van de gehuwdennorm)
inkomen-normnaam-kostendelers-ouder = de bijstandsnorm met kostendelersnorm ({ $kostendelers } volwassenen delen de kosten) (voor een alleenstaande ouder: { $ouder_procent } van de gehuwdennorm)
inkomen-hoger = Uw inkomen is hoger dan de grens.
inkomen-niet-hoger = Uw inkomen is niet hoger dan de grens.
inkomen-jongeren-onder-grens-21 = Voor wie 18 tot 21 jaar is, telt ook de aanvullende bijzondere bijstand mee in de norm; hoe hoog, staat niet in de regels. Met de norm vanaf 21 jaar is de grens { $grens }: daar komt u niet boven. De gemeente beoordeelt het.
inkomen-jongeren-bijstand-21 = { $wie ->
        [samen] U of uw partner heeft bijstand.
       *[u] U heeft bijstand.
    } Voor wie 18 tot 21 jaar is, zit daarin al de aanvullende bijzondere bijstand. Daarom telt de norm vanaf 21 jaar: dan is de grens { $grens }.
inkomen-zeker-tot = Tot { $procent } ({ $grens }) is het zeker.
inkomen-jongeren-nodig = Voor wie 18 tot 21 jaar is, telt ook de aanvullende bijzondere bijstand mee in de norm. Om die grens te bepalen is nog nodig: { $nodig }.

## Wat de gemeente bij het inkomen telt of eraf haalt
inkomen-ouderkop = In uw inkomen telt de alleenstaande-ouderkop van uw kindgebonden budget mee ({ $bedrag } per maand).
inkomen-ouderkop-onbekend = Krijgt u bij het kindgebonden budget de alleenstaande-ouderkop? Die telt hier als inkomen. U vulde die niet in, dus wij rekenen zonder.
inkomen-alimentatie = De alimentatie die u betaalt ({ $bedrag } per maand) is van uw inkomen af.
inkomen-alimentatie-onbekend = Betaalt u alimentatie? Die gaat van uw inkomen af. U vulde die niet in, dus wij rekenen zonder.

## Woonkosten
woonkosten-onbekend = Wij weten nog niet wat u per maand aan huur of hypotheek betaalt.
woonkosten-nodig = Om uw woonkosten te vergelijken met uw inkomen is nog nodig: { $nodig }.
woonkosten-bedrag = U betaalt { $woonkosten } per maand aan woonkosten. Van uw inkomen telt alles boven { $procent } van de bijstandsnorm ({ $grens }, de norm op { $datum }) mee: dat is { $over } per maand.
woonkosten-vermogen = Uw vermogen boven de vermogensgrens ({ $vermogen }) telt ook mee, tegen de woonkosten van een jaar.
woonkosten-zelf-betalen = Daarmee kunt u uw woonkosten zelf betalen.
woonkosten-vergelijken-nodig = Om dat te vergelijken is nog nodig: { $nodig }.
woonkosten-met-vermogen-beoordeling = Met uw vermogen erbij kunt u uw woonkosten zelf betalen. Maar krijgt u bijstand, dan is uw vermogen al bij de uitkering beoordeeld: de gemeente beoordeelt het.
woonkosten-niet-genoeg = Dat is niet genoeg voor uw woonkosten.
