# Errors of the JavaScript binding (src/wasm.rs).

# A problem for the administrator (a rules file, the calculator itself), as it is.
fout-technisch = { $tekst }
fout-peildatum = '{ $peildatum }' 2025-09-15 gibi bir tarih değil.
fout-geen-object = Cevaplar düz bir nesne (object) değil.
fout-regelingen-lijst = Düzenlemeleri bir kimlik (id) listesi olarak verin.
fout-gemeente-niet-geladen = '{ $gemeente }' belediyesinin kuralları yüklenmedi.
