# Errors of the JavaScript binding (src/wasm.rs).

# A problem for the administrator (a rules file, the calculator itself), as it is.
fout-technisch = { $tekst }
fout-peildatum = „{ $peildatum }” nie jest datą w formacie 2025-09-15.
fout-geen-object = Odpowiedzi nie są zwykłym obiektem.
fout-regelingen-lijst = Proszę podać programy pomocy jako listę identyfikatorów (ids).
fout-gemeente-niet-geladen = Zasady gminy „{ $gemeente }” nie zostały wczytane.
