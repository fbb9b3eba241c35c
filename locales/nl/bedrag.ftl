# Het geschatte bedrag, de draagkracht en wat die de bijzondere bijstand laat betalen
# (src/evaluate/bedrag.rs, woning.rs, vergoeding.rs, specifiek.rs), de marge (marge.rs) en wie
# aanvraagt (rollen.rs).

## Bedrag: een percentage van de norm per jaar
bedrag-norm-onbekend = Het bedrag hangt af van de norm op { $januari }, en die kennen wij niet.
# $vakantietoeslag: inclusief of zonder; $afronding: hele_euros of centen.
bedrag-gehuwden = Het bedrag voor gehuwden is { $procent } van de norm voor gehuwden ({ $maandnorm } per maand { $vakantietoeslag ->
    [inclusief] inclusief
   *[zonder] zonder
} vakantietoeslag, de norm op { $normdatum }) op jaarbasis: { $jaarbedrag }{ $afronding ->
    [hele_euros] {" "}naar boven afgerond op hele euro's
   *[centen] {""}
}.
bedrag-norm-ouder = De regeling rekent met de norm op { $januari }. Die staat nog niet in deze rekenhulp; wij rekenen met de norm op { $normdatum }. Het bedrag is daarom een schatting.
bedrag-geschat = Geschat bedrag voor u: { $bedrag } per jaar. Voor { leefvorm } is dat { $deel } van het bedrag voor gehuwden.
bedrag-gezinssituatie = Het bedrag hangt af van uw gezinssituatie.
bedrag-partner-recht-aangenomen = Heeft uw partner geen geldige verblijfstitel of zit uw partner in detentie, dan krijgt u het bedrag voor een alleenstaande of alleenstaande ouder (art. 7.4.3 lid 2). Dat is nog niet ingevuld; wij rekenen met het bedrag voor gehuwden.
bedrag-partner-voldoet-niet = Uw partner voldoet niet aan alle voorwaarden. Alleen als uw partner geen recht op bijstand heeft (geen geldige verblijfstitel, of in detentie), krijgt u dit, met het bedrag voor een alleenstaande (ouder) (art. 7.4.3 lid 2).
bedrag-partner-zonder-recht = Uw partner heeft geen recht op bijstand (geen geldige verblijfstitel, of in detentie). Daarom krijgt u het bedrag voor een alleenstaande of alleenstaande ouder (art. 7.4.3 lid 2).

## Bedrag: vast, of in een document dat wij niet hebben
# $maximaal: ja of nee; $per: maand, jaar of eenmalig.
bedrag-vast = { $maximaal ->
    [ja] Tot { $bedrag }
   *[nee] { $bedrag }
} { $per ->
    [maand] per maand
    [jaar] per jaar
   *[eenmalig] eenmalig
}.
bedrag-in-document = Hoeveel u krijgt, staat in: { $document }. Dat rekent deze rekenhulp niet uit. De gemeente vertelt u het bedrag.

## Draagkracht
draagkracht-in-document = Hoeveel u zelf moet betalen (uw draagkracht), staat in: { $document }. Dat rekent deze rekenhulp niet uit. De gemeente rekent het voor u uit.
draagkracht-schuldregeling = U zit in een schuldsanering (Wsnp) of een minnelijke schuldregeling via de kredietbank (Stadsbank). Zolang die loopt, heeft u geen draagkracht: u hoeft niets zelf te betalen.
draagkracht-aow-onbekend = Heeft u al AOW, dan rekent de gemeente uw draagkracht over { $aow_maanden } maanden, anders over { $maanden } maanden. Aan uw leeftijd in jaren zien wij niet of u de AOW-leeftijd al heeft.
# $vermogen: ja als het vermogen boven de grens meetelt, anders nee; $nodig: een lijst.
draagkracht-nog-nodig = Uw draagkracht is { $inkomen_procent } van wat uw inkomen boven { $boven_procent } van de bijstandsnorm uitkomt, over { $maanden } maanden{ $vermogen ->
    [ja] , plus het deel van uw vermogen dat meetelt
   *[nee] {""}
}. Om die uit te rekenen is nog nodig: { $nodig }.
draagkracht-berekend = Uw inkomen is hoger dan { $procent } van de bijstandsnorm ({ $grens }). Dan rekent de gemeente uit hoeveel u had kunnen sparen, met uw echte inkomsten en uitgaven van de afgelopen 36 maanden. Dat kunnen wij niet voor u uitrekenen.
draagkracht-spaargeld-genoeg = Maar het spaargeld dat altijd meetelt ({ $spaargeld }) is al genoeg voor uw kosten.
# $vermogen: welk vermogen meetelt (vermogensgrens, alles, norm, bedrag), of nee als het niet
# meetelt; $vrijlating: het vrijgelaten bedrag bij [bedrag].
draagkracht-bedrag = Uw draagkracht is { $draagkracht }: { $inkomen_procent } van wat uw inkomen boven { $grens } komt ({ $boven_procent } van de bijstandsnorm van { $norm }, de norm op { $normdatum }), over { $maanden } maanden{ $vermogen ->
    [vermogensgrens] , plus uw vermogen boven de vermogensgrens ({ $vermogensdeel })
    [alles] , plus al uw spaargeld en geld op de bank ({ $vermogensdeel })
    [norm] , plus uw geld op de bank boven de bijstandsnorm met vakantiegeld ({ $vermogensdeel })
    [bedrag] , plus uw spaargeld en contant geld boven { $vrijlating }, of al uw vermogen boven de vermogensgrens (ook in uw eigen huis) als dat meer is ({ $vermogensdeel })
   *[nee] {""}
}. Dat deel betaalt u zelf; de bijzondere bijstand kan betalen wat daarboven nodig is.
draagkracht-schuldregeling-open = Zit u in een schuldsanering (Wsnp) of een minnelijke schuldregeling via de kredietbank (Stadsbank)? Dan heeft u zolang die loopt geen draagkracht.
draagkracht-zorgkosten = Voor medische kosten is uw draagkracht { $draagkracht } over { $maanden } maanden: tot { $tot_procent } van de norm gaat er hoogstens { $verlaging } af.
draagkracht-op-bijstand = U krijgt bijstand. Dan kan de gemeente ervan uitgaan dat u geen draagkracht heeft; spaargeld uit de uitkering blijft vrij. De draagkracht hierboven is dus het hoogste dat het kan zijn.
draagkracht-bijstand-open = Krijgt u een bijstandsuitkering? Dan kan de gemeente ervan uitgaan dat u geen draagkracht heeft.
draagkracht-kosten-zonder-bedrag = Van een of meer van uw kosten weten wij het bedrag nog niet; die schatten wij niet.

## Eigen woning boven de grens (Montferland 003 par. 5.10)
woning-precies-grens = U heeft vermogen in uw eigen huis boven de grens. De bijstand voor al uw kosten samen is geschat op precies { $grens } per jaar, de grens zelf: de gemeente beoordeelt het.
woning-onder-grens = U heeft vermogen in uw eigen huis boven de grens. Omdat de bijstand voor al uw kosten samen minder is dan { $grens } per jaar (geschat { $totaal }), geeft de gemeente die zonder verder onderzoek.
woning-boven-grens = U heeft vermogen in uw eigen huis boven de grens. De bijstand voor al uw kosten samen is geschat { $totaal } per jaar. Bij bijstand van meer dan { $grens } per jaar wijst de gemeente de aanvraag af, tenzij het niet redelijk is te vragen dat u uw huis verkoopt of er (meer) op leent. Dat beoordeelt de gemeente.

## Wat de bijzondere bijstand vergoedt
vergoeding-gedekt = Uw kosten ({ $kosten }) zijn niet hoger dan uw draagkracht ({ $draagkracht }). Wat u zelf kunt betalen, vergoedt de bijzondere bijstand niet.
vergoeding-een-keer = Uw draagkracht geldt één keer voor al uw kosten samen. Daarvan is { $gebruikt } al gebruikt voor kosten bij een regeling hierboven; hier telt nog { $over }.
# $soort: de soort kosten (een lijst van één); $naam en $kruimel: namen van regelingen.
vergoeding-eigen-regeling-nee-kruimel = Voor uw kosten voor { $soort } heeft de gemeente een eigen regeling, '{ $naam }'. Die vergoedt deze kosten voor u niet, deze regeling dus ook niet; als kleine kosten achteraf kan '{ $kruimel }' ze misschien wel vergoeden.
vergoeding-eigen-regeling-nee = Voor uw kosten voor { $soort } heeft de gemeente een eigen regeling, '{ $naam }'. Die vergoedt deze kosten voor u niet, dus deze regeling ook niet.
vergoeding-eigen-regeling = Voor uw kosten voor { $soort } heeft de gemeente een eigen regeling, '{ $naam }': die bepaalt of en hoe de gemeente ze vergoedt. Kijk daar.
vergoeding-alle-eigen-regeling-nee = Al uw kosten vallen onder een eigen regeling van de gemeente, en die vergoedt ze niet. Dan doet deze algemene regeling dat ook niet.

## De marge. $richting: meer of minder; $status: ja, misschien of nee.
marge-stap = Met { $verschil } { $richting ->
    [meer] meer
   *[minder] minder
} inkomen per maand wordt de uitkomst '{ $status ->
    [ja] waarschijnlijk wel
    [misschien] misschien
   *[nee] waarschijnlijk niet
}'.

## Wie aanvraagt
rol-partner-vraagt-aan-als-alleenstaande = U heeft zelf geen recht op bijstand (geen geldige verblijfstitel of in detentie), uw partner wel. Dan kan uw partner dit aanvragen, met het bedrag voor een alleenstaande (ouder). Waar hieronder 'u' staat, gaat het over uw partner.
rol-partner-vraagt-aan = U kunt dit zelf niet aanvragen (geen geldige verblijfstitel, in detentie of jonger dan 18), uw partner wel. Waar hieronder 'u' staat, gaat het over uw partner.
