# Fouten van de JavaScript-aansluiting (src/wasm.rs).

# Een probleem voor de beheerder (een regelbestand, de rekenhulp zelf), zoals het is.
fout-technisch = { $tekst }
fout-peildatum = '{ $peildatum }' is geen datum als 2025-09-15.
fout-geen-object = De antwoorden zijn geen gewoon object.
fout-regelingen-lijst = Geef de regelingen als een lijst van ids.
fout-gemeente-niet-geladen = De regels van gemeente '{ $gemeente }' zijn niet geladen.
