# What is wrong with the answers (src/household/parse.rs, parse/velden.rs, veldfout.rs), the
# warnings on the norms (src/norms/mod.rs) and why a norm cannot be told
# (src/evaluate/huishouden/mod.rs). { $veld } is the name of the field (a veld- message, at the
# start of the sentence: capitalised); { $ingevuld } is what was entered, as it is.

## Errors in the answers
fout-geen-json = Cevaplar geçerli JSON değil: { $detail }
fout-antwoorden-te-groot = Yanıtlar çok uzun: en fazla { $max } karakter olabilir.
fout-lijst-te-lang = { $veld }: en fazla { $max } girebilirsiniz, { $aantal } değil.
fout-partner-zonder-heeft-partner = Bir partnerin bilgilerini girdiniz, ama partneriniz olduğunu belirtmediniz. 'Partneriniz var mı' sorusunda evet'i seçin veya partner bilgilerini silin.
fout-geen-groep-velden = { $veld } bir alan grubu (nesne) olmalıdır, tek bir değer olamaz.
fout-onbekend-veld-bedoelt = Bilinmeyen alan: '{ $naam }'. '{ $suggestie }' mi demek istediniz?
fout-onbekend-veld = Bilinmeyen alan: '{ $naam }'. Olası alanlar: { $velden }.
fout-kind-te-oud = Çocuk { $nummer } 18 yaşında veya daha büyük. 18 yaş ve üzerindeki çocukları, evdeki diğer yetişkinler (medebewoners) bölümüne girin.
fout-medebewoner-te-jong = Evdeki yetişkin { $nummer } 18 yaşından küçük. 18 yaşından küçük çocukları çocuklar bölümüne girin.
fout-soort-ontbreekt = Masrafın ne için olduğunu belirtin. Şunlardan birini seçin: { $keuzes }.
fout-geen-lijst = { $veld } bir liste olmalıdır; boş bir liste 'yok' anlamına gelir.
fout-leeftijd-ongeldig = { $veld } { $min } ile { $max } yaş arasında olmalıdır; sizin girdiğiniz: { $ingevuld }.
fout-geen-hele-jaren = { $veld } tam bir yıl sayısı olmalıdır, örneğin 38.
fout-buiten-bereik = { $veld } 0 ile { $max } arasında olmalıdır; sizin girdiğiniz: { $ingevuld }.
fout-geen-heel-getal = { $veld } tam sayı olmalıdır.
fout-bedrag-veel-te-groot = { $veld } aşırı yüksek. Tutarı doğru girdiğinizi kontrol edin.
fout-geen-bedrag = { $veld } avro cinsinden bir tutar olmalıdır, örneğin 1250,00.
fout-negatief-bedrag = { $veld } eksi (negatif) olamaz; sizin girdiğiniz: { $bedrag }.
fout-bedrag-te-groot = { $veld } { $max } tutarından fazla. Tutarı doğru girdiğinizi kontrol edin.
fout-te-veel-decimalen = { $veld } virgülden sonra en fazla iki rakam içerebilir.
fout-geen-ja-nee = { $veld }: evet veya hayır seçin.
fout-onbekende-keuze = { $veld }: '{ $ingevuld }' geçerli bir seçim değil. Şunlardan birini seçin: { $keuzes }.
fout-onbekende-keuze-bedoelt = { $veld }: '{ $ingevuld }' geçerli bir seçim değil. Şunlardan birini seçin: { $keuzes }. '{ $suggestie }' mi demek istediniz?

## The fields, as the errors name them
veld-antwoorden = Cevaplar
veld-heeft-partner = Partnerinizin olup olmadığı
veld-partner-woont-elders = Partnerinizin başka bir yerde yaşayıp yaşamadığı
veld-vermogen = Varlığınız (vermogen)
veld-eigen-woning = Kendinize ait bir evinizin olup olmadığı
veld-woz-waarde = Evinizin WOZ değeri (belediyenin belirlediği resmi değer)
veld-hypotheek = İpotek krediniz (hypotheek)
veld-woonkosten = Konut masraflarınız
veld-maanden-laag-inkomen = Düşük gelirle geçen ay sayısı
veld-inkomenstoeslag-laatste-12-maanden = Son 12 ayda gelir ek ödemesi (inkomenstoeslag) alıp almadığınız
veld-alleenstaande-ouderkop = Çocuk bütçenizdeki (kindgebonden budget) tek ebeveyn ek tutarı (alleenstaande-ouderkop)
veld-alimentatie-betaald = Ödediğiniz nafaka (alimentatie)
veld-schulden = Borcunuzun olup olmadığı
veld-schuldregeling = Bir borç yapılandırmasında (schuldsanering) veya borç düzenlemesinde (schuldregeling) olup olmadığınız
veld-beperking-huisgenoot = Hanenizde başka birinin engelli olup olmadığı
veld-zelfstandige-huishouding = Kendi bağımsız hanenizin (eigen huishouding) olup olmadığı
veld-partner = Partnerinizin bilgileri
veld-aanvrager = Sizin bilgileriniz
veld-kinderen = Çocuklar
veld-kind = Bir çocuğun bilgileri
veld-kind-leeftijd = Bir çocuğun yaşı
veld-medebewoners = Evdeki diğer yetişkinler
veld-medebewoner = Evdeki bir yetişkinin bilgileri
veld-medebewoner-leeftijd = Evdeki bir yetişkinin yaşı
veld-medebewoner-student = Evdeki yetişkinin öğrenci olup olmadığı
veld-medebewoner-commerciele-huurder = Evdeki yetişkinin bir oda kiralayıp kiralamadığı
veld-kosten = Masraflar
veld-kost = Bir masraf kaleminin bilgileri
veld-kost-soort = Masraf türü
veld-kost-item = Cihaz
veld-kost-vervanging = Eski bir cihazın yenilenmesi olup olmadığı
veld-kost-jaren-sinds-vorige-vergoeding = Önceki ödemeden bu yana geçen yıl sayısı
veld-kost-via-kinderen-tellen-mee = Kinderen tellen mee aracılığıyla bir bilgisayar gelip gelmediği
veld-kost-eerste-kind = İlk çocuk olup olmadığı
veld-kost-overledene = Kimin vefat ettiği
veld-kost-wsnp = Mali vesayetin (bewind) yasal borç yapılandırmasına (WSNP) ait olup olmadığı
veld-kost-kinderopvang-reden = Çocuk bakımının neden gerekli olduğu
veld-kost-al-betaald = Masrafların zaten ödenip ödenmediği
veld-kost-voorliggende-voorziening = Masrafları başka bir düzenlemenin ödeyip ödemediği
veld-kost-zeer-dringend = Akut bir acil durum olup olmadığı
veld-kost-reisdoel = Yolculuğun ne için olduğu
veld-kost-enkele-reis-km = Tek yön yolculuğun mesafesi
veld-kost-dreigt-uitzetting-of-afsluiting = Evden çıkarılma veya kesinti tehlikesi olup olmadığı
veld-kost-bedrag = Masrafın tutarı
veld-aanvrager-leeftijd = Yaşınız
veld-partner-leeftijd = Partnerinizin yaşı
veld-aanvrager-inkomen = Geliriniz
veld-partner-inkomen = Partnerinizin geliri
veld-aanvrager-inkomensbron = Gelir türünüz
veld-partner-inkomensbron = Partnerinizin gelir türü
veld-aanvrager-student = Öğrenci olup olmadığınız
veld-partner-student = Partnerinizin öğrenci olup olmadığı
veld-aanvrager-chronisch-ziek-of-beperking = Bir engelinizin veya kronik bir hastalığınızın olup olmadığı
veld-partner-chronisch-ziek-of-beperking = Partnerinizin bir engelinin veya kronik bir hastalığının olup olmadığı
veld-aanvrager-geldige-verblijfstitel = Geçerli bir oturma izninizin olup olmadığı
veld-partner-geldige-verblijfstitel = Partnerinizin geçerli bir oturma izninin olup olmadığı
veld-aanvrager-gedetineerd = Cezaevinde (detentie) olup olmadığınız
veld-partner-gedetineerd = Partnerinizin cezaevinde (detentie) olup olmadığı

## Warnings on the norms
waarschuwing-normen-niet-actueel = Hesaplamada { $van } tarihli sosyal yardım normlarını (bijstandsnormen) kullanıyoruz. { $volgende } tarihinden itibaren geçerli normlar henüz bu hesaplama aracında yok. Bu yüzden tutarlar biraz farklı olabilir.
waarschuwing-regels-oud = Bu hesaplama aracı { $gemeente } belediyesinin { $jaar } yılına ait kurallarını kullanır. Bu kurallar birkaç yıllıktır. Hâlâ geçerli olup olmadıklarını belediyeye sorun.
waarschuwing-vermogensgrenzen-niet-actueel = Hesaplamada { $van } tarihli varlık sınırlarını (vermogensgrenzen) kullanıyoruz; daha yeni sınırlar henüz bu hesaplama aracında yok.

## Why the norm cannot be told
# { $jaar } is the calendar year, as written (no separator).
onbepaald-aow-leeftijd = { $jaar } yılında devlet emeklilik yaşı (AOW-leeftijd) { $jaren } yıl { $maanden } aydır. Yaşı sadece yıl olarak bildiğimiz için bu yaşa ulaşılıp ulaşılmadığını bilemiyoruz.
onbepaald-onder-18 = 18 yaşından küçükler için sosyal yardım normu (bijstandsnorm) yoktur. Sizin için nelerin mümkün olduğunu belediyeye sorun.
