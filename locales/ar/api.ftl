# Errors of the JavaScript binding (src/wasm.rs).

# A problem for the administrator (a rules file, the calculator itself), as it is.
fout-technisch = { $tekst }
fout-peildatum = '{ $peildatum }' ليس تاريخًا بالشكل 2025-09-15.
fout-geen-object = الإجابات ليست كائنًا عاديًا (object).
fout-regelingen-lijst = أدخلوا البرامج على شكل قائمة من المعرّفات (ids).
fout-gemeente-niet-geladen = لم يتم تحميل قواعد البلدية '{ $gemeente }'.
