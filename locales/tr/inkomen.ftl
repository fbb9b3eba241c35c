# The reasons about income (src/evaluate/redenen/inkomen.rs): the income against its limit, housing
# costs against the income above the norm, and what the municipality adds to the income or takes off it.

## Income against the limit. $wie: u, samen (with a partner) or eigen (the partner's income is
## still missing); $net_boven: ja where the income is just over a limit.
inkomen-al-hoger = { $wie ->
        [samen] Partnerinizle birlikte geliriniz
        [eigen] Kendi geliriniz
       *[u] Geliriniz
    } ayda { $inkomen }. Bu, { $grens } tutarından zaten yüksek; başka ne girerseniz girin bu değişmez. Bu sınır, sizin için geçerli olabilecek en yüksek sosyal yardım normunun (bijstandsnorm) { $procent } oranıdır ({ $datum } tarihindeki norm).
inkomen-nodig = Bunu belirlemek için hâlâ şunlar gerekli: { $nodig }. Sınır, sosyal yardım normunun (bijstandsnorm) { $procent } oranıdır.
inkomen-bedrag = { $wie ->
        [samen] Partnerinizle birlikte geliriniz
       *[u] Geliriniz
    } ayda { $inkomen }. Bu, { $normnaam } { $net_boven ->
        [ja] { $aandeel } oranından biraz fazladır
       *[nee] { $aandeel } oranına denk gelir
    }. Bu norm { $norm } ({ $datum } tarihindeki norm). Sınır, bu normun { $procent } oranıdır ({ $grens }).
# The standard in the sentence above ($normnaam).
inkomen-normnaam = sosyal yardım normunun (bijstandsnorm)
inkomen-normnaam-kostendelers = masraf paylaşanlar normuyla (kostendelersnorm) hesaplanan sosyal yardım normunun ({ $kostendelers } yetişkin masrafları paylaşıyor)
inkomen-normnaam-ouder = sosyal yardım normunun (bijstandsnorm; tek ebeveyn için: evliler normunun { $ouder_procent } oranı)
inkomen-normnaam-kostendelers-ouder = masraf paylaşanlar normuyla (kostendelersnorm) hesaplanan sosyal yardım normunun ({ $kostendelers } yetişkin masrafları paylaşıyor; tek ebeveyn için: evliler normunun { $ouder_procent } oranı)
inkomen-hoger = Geliriniz sınırdan yüksek.
inkomen-niet-hoger = Geliriniz sınırdan yüksek değil.
inkomen-jongeren-onder-grens-21 = 18 yaşından 21 yaşına kadar olan kişiler için ek özel sosyal yardım (aanvullende bijzondere bijstand) da norma dahil edilir; bunun ne kadar olduğu kurallarda yazmıyor. 21 yaş ve üzeri için geçerli normla sınır { $grens }: geliriniz bu sınırın üstünde değil. Belediye karar verir.
inkomen-jongeren-bijstand-21 = { $wie ->
        [samen] Siz veya partneriniz sosyal yardım (bijstand) alıyorsunuz.
       *[u] Sosyal yardım (bijstand) alıyorsunuz.
    } 18 ile 21 yaş arasındakiler için bu yardıma ek özel sosyal yardım (aanvullende bijzondere bijstand) zaten dahildir. Bu yüzden 21 yaş ve üstü norm geçerlidir: sınır o zaman { $grens } olur.
inkomen-zeker-tot = { $procent } oranına kadar ({ $grens }) bu kesindir.
inkomen-jongeren-nodig = 18 yaşından 21 yaşına kadar olan kişiler için ek özel sosyal yardım (aanvullende bijzondere bijstand) da norma dahil edilir. Bu sınırı belirlemek için hâlâ şunlar gerekli: { $nodig }.

## What the municipality adds to the income or takes off it
inkomen-ouderkop = Gelirinize, çocuk bütçenizdeki (kindgebonden budget) tek ebeveyn ek tutarı (alleenstaande-ouderkop) da dahildir (ayda { $bedrag }).
inkomen-ouderkop-onbekend = Çocuk bütçesi (kindgebonden budget) ile birlikte tek ebeveyn ek tutarını (alleenstaande-ouderkop) alıyor musunuz? Bu tutar burada gelir olarak sayılır. Bunu girmediniz, bu yüzden bu tutar olmadan hesaplıyoruz.
inkomen-alimentatie = Ödediğiniz nafaka (alimentatie; ayda { $bedrag }) gelirinizden düşüldü.
inkomen-alimentatie-onbekend = Nafaka (alimentatie) ödüyor musunuz? Nafaka gelirinizden düşülür. Bunu girmediniz, bu yüzden nafaka olmadan hesaplıyoruz.

## Housing costs
woonkosten-onbekend = Ayda ne kadar kira veya ipotek kredisi (hypotheek) ödediğinizi henüz bilmiyoruz.
woonkosten-nodig = Konut masraflarınızı gelirinizle karşılaştırmak için hâlâ şunlar gerekli: { $nodig }.
woonkosten-bedrag = Ayda { $woonkosten } konut masrafı ödüyorsunuz. Gelirinizin, sosyal yardım normunun (bijstandsnorm) { $procent } oranını ({ $grens }, { $datum } tarihindeki norm) aşan kısmının tamamı hesaba katılır: bu, ayda { $over } eder.
woonkosten-vermogen = Varlık sınırını (vermogensgrens) aşan varlığınız ({ $vermogen }) da, bir yıllık konut masraflarınızla karşılaştırılarak hesaba katılır.
woonkosten-zelf-betalen = Bununla konut masraflarınızı kendiniz ödeyebilirsiniz.
woonkosten-vergelijken-nodig = Bunu karşılaştırmak için hâlâ şunlar gerekli: { $nodig }.
woonkosten-met-vermogen-beoordeling = Varlığınızla birlikte konut masraflarınızı kendiniz ödeyebilirsiniz. Ama sosyal yardım (bijstand) alıyorsanız, varlığınız ödenek için zaten değerlendirilmiştir: belediye karar verir.
woonkosten-niet-genoeg = Bu, konut masraflarınız için yeterli değil.
