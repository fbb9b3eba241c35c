# Errors of the JavaScript binding (src/wasm.rs).

# A problem for the administrator (a rules file, the calculator itself), as it is.
fout-technisch = { $tekst }
fout-peildatum = '{ $peildatum }' is not a date like 2025-09-15.
fout-geen-object = The answers are not a plain object.
fout-regelingen-lijst = Give the schemes as a list of ids.
fout-gemeente-niet-geladen = The rules of municipality '{ $gemeente }' are not loaded.
