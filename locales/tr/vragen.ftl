# The calculator's questions (www/vragen.js): per question the question itself, a help text,
# the unit and the choices, in plain B1 Turkish. Which questions are asked is the engine's call;
# this file only says how. The key follows the answer field: `aanvrager.leeftijd` is
# vraag-aanvrager-leeftijd, a detail of a child, an adult or a cost is vraag-kind-…,
# vraag-medebewoner-…, vraag-kost-….

## Topics: one screen per topic
onderwerp-huishouden = Haneniz
onderwerp-inkomen = Geliriniz
onderwerp-vermogen = Paranız ve mülkünüz
onderwerp-situatie = Durumunuz
onderwerp-kosten = Masraflarınız

## Units, after the input field and in the overview of the answers. Beside the empty field there
## is no $aantal: then the form marked * is used.
eenheid-jaar = { $aantal ->
   *[other] yıl
}
eenheid-maanden = { $aantal ->
    [one] ay
   *[other] ay
}
eenheid-km = km

## A child, another adult: the heading above the details of each
item-kind = Çocuk { $nummer }
item-medebewoner = Yetişkin { $nummer }

## Your household
vraag-aanvrager-leeftijd = Kaç yaşındasınız?
vraag-heeft-partner = Partneriniz var mı?
hulp-heeft-partner = Evli, kayıtlı partner (geregistreerd partner) veya birlikte yaşayan partner.
vraag-partner-leeftijd = Partneriniz kaç yaşında?
vraag-partner-woont-elders = Evli olduğunuz veya bir partneriniz olduğu halde ayrı mı yaşıyorsunuz?
vraag-kinderen = Sizinle birlikte 18 yaşından küçük kaç çocuk yaşıyor?
hulp-kinderen = Sizinle birlikte çocuk yaşamıyorsa 0 girin.
vraag-medebewoners = Sizinle birlikte kaç başka yetişkin (18 yaş veya üzeri) yaşıyor?
hulp-medebewoners = Örneğin yetişkin bir çocuk, anneniz veya babanız ya da bir ev arkadaşı. Partneriniz sayılmaz. Başka kimse yaşamıyorsa 0 girin. Bu kişiler "masraf paylaşan" (kostendeler) olabilir: o zaman sosyal yardım normunuz (bijstandsnorm) daha düşük olur.
vraag-kind-leeftijd = Yaş
vraag-medebewoner-leeftijd = Yaş
vraag-medebewoner-student = Öğrenci finansmanı (studiefinanciering) veya WTOS ile okuyor mu?
vraag-medebewoner-commerciele-huurder = Sizden normal bir fiyata oda kiralıyor mu?

## Your income
vraag-aanvrager-inkomen = Aylık geliriniz ne kadar?
vraag-partner-inkomen = Partnerinizin aylık geliri ne kadar?
hulp-inkomen = Aylık net tutar, tatil parası (vakantiegeld) hariç. Şunları sayın: maaş, ödenek (uitkering), emekli maaşı, kendiniz için aldığınız nafaka. Şunları saymayın: kira yardımı (huurtoeslag), sağlık sigortası yardımı (zorgtoeslag), çocuk parası (kinderbijslag) ve çocuk bütçesi (kindgebonden budget). 2026'dan beri tüm haneniz için yılda en fazla € 1.200 tutarındaki hediyeler (giften) sayılmaz; gıda bankasından (voedselbank) gelen yardım da sayılmaz.
vraag-aanvrager-inkomensbron = Geliriniz çoğunlukla nereden geliyor?
hulp-aanvrager-inkomensbron = Belediyeden sosyal yardım ödeneği (bijstandsuitkering) alıyorsanız, yanında biraz para kazansanız bile sosyal yardımı (bijstand) seçin.
vraag-partner-inkomensbron = Partnerinizin geliri çoğunlukla nereden geliyor?
keuze-inkomensbron-bijstand = Sosyal yardım (bijstand, belediyeden ödenek)
keuze-inkomensbron-aow = Devlet emekli maaşı (AOW) veya emekli maaşı
keuze-inkomensbron-loon = İş (maaş)
keuze-inkomensbron-uitkering = Başka bir ödenek, örneğin WW veya WIA
keuze-inkomensbron-studiefinanciering = Öğrenci finansmanı (studiefinanciering)
keuze-inkomensbron-ondernemer = Kendi işim (şirketim)
keuze-inkomensbron-geen = Gelir yok
keuze-inkomensbron-anders = Başka bir şey
vraag-maanden-laag-inkomen = Ne kadar süredir yaklaşık bu gelirle yaşıyorsunuz?
hulp-maanden-laag-inkomen = Ay olarak, art arda. 3 yıl 36 aydır. Gelirinizin aşağı yukarı şimdiki gelirinizden yüksek olmadığı her ayı sayın, gelir biraz değişmiş olsa bile. Sığınmacı merkezinde (azc) geçen süre de sayılır.
vraag-aanvrager-student = Öğrenci finansmanı (studiefinanciering) veya WTOS alabileceğiniz bir eğitim ya da öğrenim görüyor musunuz, veya son 12 ayda gördünüz mü?
hulp-aanvrager-student = Öğrenci finansmanı veya WTOS için başvurmasanız bile: önemli olan, bunu alıp alamayacağınızdır.
vraag-partner-student = Partneriniz öğrenci finansmanı (studiefinanciering) veya WTOS alabileceği bir eğitim ya da öğrenim görüyor mu, veya son 12 ayda gördü mü?
vraag-inkomenstoeslag-laatste-12-maanden = Son 12 ayda belediyeden bireysel gelir ek ödemesi (individuele inkomenstoeslag) aldınız mı?
vraag-alleenstaande-ouderkop = Çocuk bütçenizde (kindgebonden budget) ayda ne kadar tek ebeveyn ek tutarı (alleenstaande-ouderkop) var?
hulp-alleenstaande-ouderkop = Tek ebeveynler çocuk bütçesiyle birlikte ek bir tutar alır: tek ebeveyn ek tutarı (alleenstaande-ouderkop). Bunu Mijn toeslagen sayfasında veya Belastingdienst (vergi dairesi) tarafından gönderilen karar mektubunda (beschikking) görebilirsiniz. Bu belediye bu kısmı gelir olarak sayar. Bunu almıyorsanız 0 girin.
vraag-alimentatie-betaald = Ayda ne kadar nafaka (alimentatie) ödüyorsunuz?
hulp-alimentatie-betaald = Sizin veya partnerinizin eski bir partner için ya da sizinle yaşamayan 21 yaşından küçük çocuklar için ödediği nafaka. Bu belediye bunu gelirinizden düşer. Nafaka ödemiyorsanız 0 girin.

## Your savings and property
vraag-vermogen = Hanenizin toplam ne kadar parası ve mülkü var?
hulp-vermogen = Toplayın: bankadaki ve tasarruf hesabındaki para, nakit para ve ihtiyacınız olmayan bir araba gibi değerli eşyalar. Borçları çıkarın. Evinizi ayrıca soruyoruz.
vraag-eigen-woning = Kendinize ait bir eviniz var mı?
vraag-woz-waarde = Evinizin WOZ değeri (belediyenin belirlediği resmi değer) nedir?
hulp-woz-waarde = Bu, belediye vergileri bildiriminde (aanslag gemeentelijke belastingen) yazılıdır.
vraag-hypotheek = Ne kadar ipotek borcunuz (hypotheek) kaldı?
vraag-woonkosten = Ayda ne kadar kira veya ipotek ödüyorsunuz?

## Your situation
vraag-zelfstandige-huishouding = Kendi bağımsız haneniz (eigen huishouding) var mı?
hulp-zelfstandige-huishouding = Bağımsız yaşıyorsunuz ve ev işlerinizi kendiniz yapıyorsunuz: başka birinin yanında kalmıyorsunuz ve bir kurumda yaşamıyorsunuz.
vraag-schulden = Ödeyemediğiniz borçlarınız veya ödeme gecikmeleriniz var mı?
vraag-schuldregeling = Şu anda yasal bir borç yapılandırmasında (schuldsanering, Wsnp) veya bir borç düzenlemesinde (schuldregeling) misiniz?
hulp-schuldregeling = Örneğin kredi bankası (kredietbank) veya Stadsbank aracılığıyla uzlaşmalı bir borç düzenlemesi (minnelijke schuldregeling).
vraag-beperking-huisgenoot = Hanenizde başka birinin bir engeli veya kronik psikolojik ya da psikososyal bir sorunu var mı?
hulp-beperking-huisgenoot = Örneğin sizinle yaşayan bir çocuk veya başka bir yetişkin.
vraag-aanvrager-chronisch-ziek-of-beperking = Kronik bir hastalığınız veya bir engeliniz var mı?
vraag-partner-chronisch-ziek-of-beperking = Partnerinizin kronik bir hastalığı veya bir engeli var mı?
vraag-aanvrager-geldige-verblijfstitel = Hollanda'da yasal olarak yaşıyor musunuz?
hulp-aanvrager-geldige-verblijfstitel = Hollanda vatandaşısınız veya burada yasal olarak yaşıyorsunuz: geçerli bir oturma izniyle (verblijfsvergunning) ya da Avrupa Birliği, Norveç, İzlanda, Lihtenştayn veya İsviçre vatandaşı olarak. Emin değil misiniz? Belediyeye sorun.
vraag-partner-geldige-verblijfstitel = Partneriniz Hollanda'da yasal olarak yaşıyor mu?
hulp-partner-geldige-verblijfstitel = Partneriniz Hollanda vatandaşı veya burada yasal olarak yaşıyor: geçerli bir oturma izniyle (verblijfsvergunning) ya da Avrupa Birliği, Norveç, İzlanda, Lihtenştayn veya İsviçre vatandaşı olarak. Emin değil misiniz? Belediyeye sorun.
vraag-aanvrager-gedetineerd = Şu anda cezaevinde veya tutuklu (detentie) musunuz?
vraag-partner-gedetineerd = Partneriniz şu anda cezaevinde veya tutuklu (detentie) mu?

## Your costs, and per cost what the rules want to know about it
vraag-kosten = Şu anda kendiniz ödeyemediğiniz masraflarınız var mı?
hulp-kosten = Örneğin bozuk bir çamaşır makinesi, sağlık bakımı için bir katkı payı (eigen bijdrage), bir cenaze veya mali vesayet (bewindvoering) masrafları.
vraag-kost-soort = Masraflar ne için?
keuze-kost-medisch = Bakım veya tıbbi masraflar
keuze-kost-witgoed = Çamaşır makinesi, buzdolabı veya ocak
keuze-kost-computer = Okul için bilgisayar veya dizüstü bilgisayar
keuze-kost-babyuitzet = Bebek çeyizi (babyuitzet)
keuze-kost-uitvaart = Cenaze
keuze-kost-bewindvoering = Mali vesayet (bewindvoering)
keuze-kost-reiskosten = Yol masrafları
keuze-kost-kinderopvang = Çocuk bakımı (kinderopvang)
keuze-kost-verhuizing = Taşınma
keuze-kost-afval = Bir engel veya hastalık nedeniyle fazladan çöp
keuze-kost-waarborgsom = Kiralık ev için depozito (borg)
keuze-kost-overig = Başka bir şey
keuze-kost-alimentatie = Nafaka
keuze-kost-boete = Bir para cezası
keuze-kost-schade = Ödemem gereken bir hasar
keuze-kost-schuldaflossing = Borç ödeme
keuze-kost-huurschuld = Kira borcu
keuze-kost-energieschuld = Gaz, su veya elektrik borcu
keuze-kost-budgetbeheer = Bütçe yönetimi (budgetbeheer)
keuze-kost-leges-verblijfsvergunning = Oturma izninin uzatılması veya değiştirilmesi
keuze-kost-naturalisatie = Vatandaşlığa geçiş (naturalisatie)
keuze-kost-eigen-risico = Sağlık sigortasının zorunlu katkı payı (eigen risico)
vraag-kost-bedrag = Ne kadar tutuyor?
vraag-kost-item = Hangi cihaz?
keuze-apparaat-wasmachine = Çamaşır makinesi
keuze-apparaat-koelkast = Buzdolabı
keuze-apparaat-kookapparatuur = Fırınlı ocak veya set üstü ocak
vraag-kost-vervanging = Bozulan bir şeyin yerine mi alınıyor?
vraag-kost-jaren-sinds-vorige-vergoeding = Bunun için belediyeden kaç yıl önce ödeme aldınız?
vraag-kost-via-kinderen-tellen-mee = Çocuğunuz son 5 yılda Stichting Kinderen tellen mee aracılığıyla bir bilgisayar aldı mı?
vraag-kost-eerste-kind = İlk çocuğunuz mu?
vraag-kost-overledene = Kim vefat etti?
keuze-overledene-partner = Partnerim
keuze-overledene-kind = Çocuğum
keuze-overledene-ouder = Babam veya annem
keuze-overledene-anders = Başka biri
vraag-kost-wsnp = Mali vesayet (bewindvoering), yasal borç yapılandırmasının (WSNP) bir parçası mı?
vraag-kost-al-betaald = Bunu zaten satın aldınız veya ödediniz mi?
hulp-kost-al-betaald = Belediye genellikle sadece siz bir şey satın almadan veya ödemeden önce sorarsanız yardım eder.
vraag-kost-voorliggende-voorziening = Bunu başka bir şey, örneğin sağlık sigortanız veya çocuk bakım ödeneği (kinderopvangtoeslag), zaten tamamen ödüyor mu?
hulp-kost-voorliggende-voorziening = Sadece bir kısmını mı ödüyor? O zaman hayır'ı seçin ve tutar olarak kendiniz ödemeniz gereken kısmı girin.
vraag-kost-zeer-dringend = Akut bir acil durum var mı?
hulp-kost-zeer-dringend = Örneğin bu ödenmezse hayatınız veya sağlığınız ciddi tehlikeye girecekse.
vraag-kost-reisdoel = Ne için yolculuk yapıyorsunuz?
keuze-reisdoel-arts-buiten-gemeente = Belediye dışındaki bir doktora, terapiste veya uzmana
keuze-reisdoel-familie-in-ziekenhuis = Hastanede veya bakımevinde olan partnerime, çocuğuma veya anne ya da babama
keuze-reisdoel-familie-in-detentie = Cezaevinde olan partnerime, çocuğuma veya anne ya da babama
keuze-reisdoel-school = Çocuğumu okula götürmek (yakında uygun bir okul yok)
keuze-reisdoel-re-integratie = İşe yeniden katılım (re-integratie) veya eğitim için
keuze-reisdoel-anders = Başka bir şey
vraag-kost-enkele-reis-km = Tek yön yolculuk kaç kilometre?
hulp-kost-enkele-reis-km = En kısa yol, örneğin ANWB rota planlayıcısına göre. Sadece gidiş, gidiş-dönüş değil.
vraag-kost-dreigt-uitzetting-of-afsluiting = Evden çıkarılma veya gaz, su ya da elektriğinizin kesilmesi tehlikesi var mı?
hulp-kost-dreigt-uitzetting-of-afsluiting = Örneğin ev sahibinden, icra memurundan (deurwaarder) veya enerji şirketinden gelen bir mektup.
vraag-kost-kinderopvang-reden = Çocuk bakımı neden gerekli?
keuze-opvangreden-re-integratie = İş aramak, işe yeniden katılım (re-integratie) veya uyum (inburgering) için
keuze-opvangreden-werkaanvaarding = Sosyal yardımdan sonra yeni işe başladım
keuze-opvangreden-sociaal-medische-indicatie = Tıbbi veya sosyal nedenlerle (indicatie)
keuze-opvangreden-anders = Başka bir neden
