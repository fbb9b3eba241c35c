# The reasons of a condition (src/evaluate/redenen/mod.rs), with the numbers that decided it.

groep-alle = Bu koşulların hepsi karşılanmalıdır:
groep-een-van = Bu koşullardan biri karşılanmalıdır:

## Assets
vermogen-grenzen = Varlık sınırı (vermogensgrens), bekâr bir kişi için { $alleenstaande }, evliler ve tek ebeveynler için { $gehuwden }.
vermogen-niet-hoger = Varlığınız sınırdan yüksek değil.
vermogen-hoger = Varlığınız sınırdan yüksek.
vermogen-geen-buffer = Varlığınız sınırdan düşük: iyi bir mali yedeğiniz (buffer) yok.
vermogen-buffer-beoordeeld = Varlığınız sınıra eşit veya sınırdan yüksek: o zaman iyi bir mali yedeğiniz (buffer) var.
vermogen-buffer = Varlığınız sınıra eşit veya sınırdan yüksek: o zaman iyi bir mali yedeğiniz (buffer) var ve bu düzenleme sizin için değil.
vermogen-boven-elke-grens = Varlığınız { $vermogen }: bu, her varlık sınırından fazla.
vermogen-woning-onbekend = Kendinize ait bir evinizin olup olmadığını veya evinizin ne kadar değerli olduğunu henüz bilmiyoruz.
vermogen-onbekend = Varlığınızı (vermogen) henüz bilmiyoruz.
vermogen-met-grens = Varlığınız (vermogen) { $vermogen }. Varlık sınırı (vermogensgrens), { leefvorm } için { $grens }.
vermogen-woning-met-grens = Evinizin artı değerinin (overwaarde) { $vrij } tutarını aşan ve hesaba katılan kısmı dahil, varlığınız { $vermogen }. Varlık sınırı (vermogensgrens), { leefvorm } için { $grens }.
vermogen-bedrag = Varlığınız (vermogen) { $vermogen }.
vermogen-woning-bedrag = Evinizin artı değerinin (overwaarde) { $vrij } tutarını aşan ve hesaba katılan kısmı dahil, varlığınız { $vermogen }.

## Age
leeftijd-u = { $jaar } yaşındasınız.
leeftijd-u-onbekend = Yaşınızı henüz bilmiyoruz.
leeftijd-partner = Partneriniz { $jaar } yaşında.
leeftijd-partner-onbekend = Partnerinizin yaşını henüz bilmiyoruz.
leeftijdsgrens = Yaş sınırı: { $delen }.
leeftijd-vanaf = { $jaar } yaşından itibaren
leeftijd-tot-en-met = { $jaar } yaşına kadar ({ $jaar } yaş dahil)
leeftijd-onder-aow = { $maanden ->
    [0] devlet emeklilik yaşından (AOW-leeftijd) küçük ({ $jaren } yaş)
   *[other] devlet emeklilik yaşından (AOW-leeftijd) küçük ({ $jaren } yıl { $maanden } ay)
}
leeftijd-onder-aow-onbekend = devlet emeklilik yaşından (AOW-leeftijd) küçük
leeftijd-een-van-beiden = Sizin veya partnerinizin bunu karşılaması yeterlidir.

## Children
kinderen-onbekend = Sizinle birlikte 18 yaşından küçük çocukların yaşayıp yaşamadığını henüz bilmiyoruz.
kinderen-bereik-onbekend = Sizinle birlikte yaşı { $vanaf } ile { $tot_en_met } arasında (bu yaşlar dahil) olan çocukların yaşayıp yaşamadığını henüz bilmiyoruz.
kinderen-aantal = { $aantal ->
    [0] Sizinle birlikte 18 yaşından küçük çocuk yaşamıyor.
    [one] Sizinle birlikte 18 yaşından küçük 1 çocuk yaşıyor.
   *[other] Sizinle birlikte 18 yaşından küçük { $aantal } çocuk yaşıyor.
}
kinderen-bereik-aantal = { $aantal ->
    [0] Sizinle birlikte yaşı { $vanaf } ile { $tot_en_met } arasında (bu yaşlar dahil) olan çocuk yaşamıyor.
    [one] Sizinle birlikte yaşı { $vanaf } ile { $tot_en_met } arasında (bu yaşlar dahil) olan 1 çocuk yaşıyor.
   *[other] Sizinle birlikte yaşı { $vanaf } ile { $tot_en_met } arasında (bu yaşlar dahil) olan { $aantal } çocuk yaşıyor.
}

## Low income and cost-sharers
laag-inkomen-maanden = { $maanden } aydır düşük gelirle yaşıyorsunuz. Art arda en az { $minimaal } ay gereklidir.
laag-inkomen-onbekend = Ne kadar süredir düşük gelirle yaşadığınızı henüz bilmiyoruz. Art arda en az { $minimaal } ay gereklidir.
kostendelers-wel = Sizinle birlikte, masraf paylaşan kişi (kostendeler) olarak sayılan 27 yaş veya üzeri yetişkinler yaşıyor: toplam { $aantal } yetişkin masrafları paylaşıyor. Bu yüzden sosyal yardım normunuz (bijstandsnorm) daha düşüktür (masraf paylaşanlar normu, kostendelersnorm).
kostendelers-geen = Sizinle birlikte, masraf paylaşan kişi (kostendeler) olarak sayılan başka yetişkin yaşamıyor.
kostendelers-onbekend = Sizinle birlikte başka kimlerin yaşadığını henüz bilmiyoruz.

## Yes or no. $wie: u or partner; $aanname: ja where the answer is an assumption.
-aanname-begin = Bu henüz doldurulmadı; şunu varsayıyoruz:
-aanname-eind = Durum farklıysa sonuç da farklı olabilir.
wie-naam = { $wie ->
    [partner] Partneriniz
   *[u] Siz
}
janee-open = Şunu henüz bilmiyoruz: { $vraag }.
janee-student-ja = { $aanname ->
    [ja] { -aanname-begin } { $wie ->
        [partner] Partneriniz, öğrenci finansmanı (studiefinanciering) veya WTOS hakkı olabilecek bir eğitim görüyor ya da son 12 ayda böyle bir eğitim gördü.
       *[u] Öğrenci finansmanı (studiefinanciering) veya WTOS hakkı olabilecek bir eğitim görüyorsunuz ya da son 12 ayda böyle bir eğitim gördünüz.
    } Bu durumda ileride daha yüksek bir gelir beklenir. { -aanname-eind }
   *[nee] { $wie ->
        [partner] Partneriniz, öğrenci finansmanı (studiefinanciering) veya WTOS hakkı olabilecek bir eğitim görüyor ya da son 12 ayda böyle bir eğitim gördü.
       *[u] Öğrenci finansmanı (studiefinanciering) veya WTOS hakkı olabilecek bir eğitim görüyorsunuz ya da son 12 ayda böyle bir eğitim gördünüz.
    } Bu durumda ileride daha yüksek bir gelir beklenir.
}
janee-student-nee = { $aanname ->
    [ja] { -aanname-begin } { $wie ->
        [partner] Partneriniz son 12 ayda öğrenci finansmanı (studiefinanciering) veya WTOS hakkı olabilecek bir eğitim görmedi.
       *[u] Son 12 ayda öğrenci finansmanı (studiefinanciering) veya WTOS hakkı olabilecek bir eğitim görmediniz.
    } { -aanname-eind }
   *[nee] { $wie ->
        [partner] Partneriniz son 12 ayda öğrenci finansmanı (studiefinanciering) veya WTOS hakkı olabilecek bir eğitim görmedi.
       *[u] Son 12 ayda öğrenci finansmanı (studiefinanciering) veya WTOS hakkı olabilecek bir eğitim görmediniz.
    }
}
janee-chronisch-ziek-ja = { $aanname ->
    [ja] { -aanname-begin } { $wie ->
        [partner] Partnerinizin kronik bir hastalığı veya bir engeli var.
       *[u] Kronik bir hastalığınız veya bir engeliniz var.
    } { -aanname-eind }
   *[nee] { $wie ->
        [partner] Partnerinizin kronik bir hastalığı veya bir engeli var.
       *[u] Kronik bir hastalığınız veya bir engeliniz var.
    }
}
janee-chronisch-ziek-nee = { $aanname ->
    [ja] { -aanname-begin } { $wie ->
        [partner] Partnerinizin kronik bir hastalığı da engeli de yok.
       *[u] Kronik bir hastalığınız da engeliniz de yok.
    } { -aanname-eind }
   *[nee] { $wie ->
        [partner] Partnerinizin kronik bir hastalığı da engeli de yok.
       *[u] Kronik bir hastalığınız da engeliniz de yok.
    }
}
janee-verblijfstitel-ja = { $aanname ->
    [ja] { -aanname-begin } { $wie ->
        [partner] Partnerinizin geçerli bir oturma izni (verblijfstitel) var.
       *[u] Geçerli bir oturma izniniz (verblijfstitel) var.
    } { -aanname-eind }
   *[nee] { $wie ->
        [partner] Partnerinizin geçerli bir oturma izni (verblijfstitel) var.
       *[u] Geçerli bir oturma izniniz (verblijfstitel) var.
    }
}
janee-verblijfstitel-nee = { $aanname ->
    [ja] { -aanname-begin } { $wie ->
        [partner] Partnerinizin geçerli bir oturma izni (verblijfstitel) yok.
       *[u] Geçerli bir oturma izniniz (verblijfstitel) yok.
    } { -aanname-eind }
   *[nee] { $wie ->
        [partner] Partnerinizin geçerli bir oturma izni (verblijfstitel) yok.
       *[u] Geçerli bir oturma izniniz (verblijfstitel) yok.
    }
}
janee-gedetineerd-ja = { $aanname ->
    [ja] { -aanname-begin } { $wie ->
        [partner] Partneriniz cezaevinde (detentie).
       *[u] Cezaevindesiniz (detentie).
    } { -aanname-eind }
   *[nee] { $wie ->
        [partner] Partneriniz cezaevinde (detentie).
       *[u] Cezaevindesiniz (detentie).
    }
}
janee-gedetineerd-nee = { $aanname ->
    [ja] { -aanname-begin } { $wie ->
        [partner] Partneriniz cezaevinde (detentie) değil.
       *[u] Cezaevinde (detentie) değilsiniz.
    } { -aanname-eind }
   *[nee] { $wie ->
        [partner] Partneriniz cezaevinde (detentie) değil.
       *[u] Cezaevinde (detentie) değilsiniz.
    }
}
janee-schulden-ja = { $aanname ->
    [ja] { -aanname-begin } Kendiniz çözemediğiniz borçlarınız veya ödeme gecikmeleriniz var. { -aanname-eind }
   *[nee] Kendiniz çözemediğiniz borçlarınız veya ödeme gecikmeleriniz var.
}
janee-schulden-nee = { $aanname ->
    [ja] { -aanname-begin } Ödeyemediğiniz bir borcunuz yok. { -aanname-eind }
   *[nee] Ödeyemediğiniz bir borcunuz yok.
}
janee-inkomenstoeslag-gehad-ja = { $aanname ->
    [ja] { -aanname-begin } Son 12 ayda zaten bireysel gelir ek ödemesi (individuele inkomenstoeslag) aldınız. Bu ödeme 12 ayda bir kez alınabilir. { -aanname-eind }
   *[nee] Son 12 ayda zaten bireysel gelir ek ödemesi (individuele inkomenstoeslag) aldınız. Bu ödeme 12 ayda bir kez alınabilir.
}
janee-inkomenstoeslag-gehad-nee = { $aanname ->
    [ja] { -aanname-begin } Son 12 ayda bireysel gelir ek ödemesi (individuele inkomenstoeslag) almadınız. { -aanname-eind }
   *[nee] Son 12 ayda bireysel gelir ek ödemesi (individuele inkomenstoeslag) almadınız.
}
janee-heeft-partner-ja = Partneriniz var.
janee-heeft-partner-nee = Partneriniz yok.
janee-partner-elders-ja = Evlisiniz veya kayıtlı bir birlikteliğiniz (geregistreerd partnerschap) var, ama partneriniz başka bir yerde yaşıyor.
janee-partner-elders-nee = Partneriniz sizinle birlikte yaşıyor.
janee-eigen-woning-ja = Kendinize ait bir eviniz var.
janee-eigen-woning-nee = Kendinize ait bir eviniz yok.
janee-beperking-huisgenoot-ja = { $aanname ->
    [ja] { -aanname-begin } Hanenizde başka birinin bir engeli veya kronik (psikolojik ya da psikososyal) bir sorunu var. { -aanname-eind }
   *[nee] Hanenizde başka birinin bir engeli veya kronik (psikolojik ya da psikososyal) bir sorunu var.
}
janee-beperking-huisgenoot-nee = { $aanname ->
    [ja] { -aanname-begin } Hanenizde başka hiç kimsenin bir engeli veya kronik bir sorunu yok. { -aanname-eind }
   *[nee] Hanenizde başka hiç kimsenin bir engeli veya kronik bir sorunu yok.
}
janee-zelfstandig-ja = { $aanname ->
    [ja] { -aanname-begin } Kendi bağımsız haneniz (eigen huishouding) var. { -aanname-eind }
   *[nee] Kendi bağımsız haneniz (eigen huishouding) var.
}
janee-zelfstandig-nee = { $aanname ->
    [ja] { -aanname-begin } Kendi bağımsız haneniz (eigen huishouding) yok. Bu düzenleme bağımsız yaşayan kişiler içindir. { -aanname-eind }
   *[nee] Kendi bağımsız haneniz (eigen huishouding) yok. Bu düzenleme bağımsız yaşayan kişiler içindir.
}
janee-schuldregeling-ja = { $aanname ->
    [ja] { -aanname-begin } Yasal bir borç yapılandırmasındasınız (schuldsanering, Wsnp) veya kredi bankası (Stadsbank) aracılığıyla uzlaşmalı bir borç düzenlemesindesiniz (minnelijke schuldregeling). { -aanname-eind }
   *[nee] Yasal bir borç yapılandırmasındasınız (schuldsanering, Wsnp) veya kredi bankası (Stadsbank) aracılığıyla uzlaşmalı bir borç düzenlemesindesiniz (minnelijke schuldregeling).
}
janee-schuldregeling-nee = { $aanname ->
    [ja] { -aanname-begin } Bir borç yapılandırmasında (schuldsanering) veya borç düzenlemesinde (schuldregeling) değilsiniz. { -aanname-eind }
   *[nee] Bir borç yapılandırmasında (schuldsanering) veya borç düzenlemesinde (schuldregeling) değilsiniz.
}
open-student = son 12 ayda öğrenci finansmanı (studiefinanciering) veya WTOS hakkı olabilecek bir eğitim görülüp görülmediği (başvuru yapılmamış olsa bile)
open-chronisch-ziek = bir engel veya kronik bir sorun olup olmadığı
open-verblijfstitel = geçerli bir oturma izni (verblijfstitel) olup olmadığı
open-gedetineerd = birinin cezaevinde (detentie) olup olmadığı
open-schulden = ödeyemediğiniz borçlarınızın olup olmadığı
open-inkomenstoeslag-gehad = son 12 ay içinde zaten bireysel gelir ek ödemesi (individuele inkomenstoeslag) alıp almadığınız
open-eigen-woning = kendinize ait bir evinizin olup olmadığı
open-partner-elders = partnerinizin sizinle birlikte yaşayıp yaşamadığı
open-heeft-partner = partnerinizin olup olmadığı
open-beperking-huisgenoot = hanenizde başka birinin bir engeli veya kronik bir sorunu olup olmadığı
open-zelfstandig = kendi bağımsız hanenizin (eigen huishouding) olup olmadığı
open-schuldregeling = bir borç yapılandırmasında (schuldsanering) veya borç düzenlemesinde (schuldregeling) olup olmadığınız

## Partners
partner-zonder-recht = Partnerinizin sosyal yardım (bijstand) hakkı yok (geçerli oturma izni yok veya cezaevinde). O zaman bu koşulu sadece sizin karşılamanız gerekir.
beide-partners = Bu hem sizin hem de partneriniz için geçerlidir: ikinizin de bu koşulu karşılaması gerekir.
partner-recht-aangenomen = Partnerinizin geçerli bir oturma izni yoksa veya partneriniz cezaevindeyse, bu koşulu sadece sizin karşılamanız gerekir. Bu henüz doldurulmadı.

## What is still needed for a norm or an income (a list)
nodig-aanvrager-leeftijd = yaşınız
nodig-heeft-partner = partnerinizin olup olmadığı
nodig-partner-leeftijd = partnerinizin yaşı
nodig-kinderen = sizinle birlikte çocukların yaşayıp yaşamadığı ve yaşları
nodig-medebewoners = sizinle birlikte başka kimlerin yaşadığı (yaşları, öğrenci olup olmadıkları veya oda kirası ödeyip ödemedikleri)
nodig-aanvrager-inkomen = aylık net geliriniz
nodig-partner-inkomen = partnerinizin aylık net geliri
nodig-aanvrager-inkomensbron = gelirinizin nereden geldiği (örneğin sosyal yardım (bijstand) veya maaş)
nodig-partner-inkomensbron = partnerinizin gelirinin nereden geldiği
nodig-ouderkop = çocuk bütçenizdeki (kindgebonden budget) tek ebeveyn ek tutarı (alleenstaande-ouderkop)
nodig-vermogen = varlığınız (vermogen)
nodig-eigen-woning = kendinize ait bir evinizin olup olmadığı
nodig-woz-waarde = evinizin WOZ değeri (belediyenin belirlediği resmi değer)
nodig-hypotheek = ipotek krediniz (hypotheek)
nodig-schulden = borcunuzun olup olmadığı
nodig-schuldregeling = yasal bir borç yapılandırmasında (schuldsanering, Wsnp) veya kredi bankası (Stadsbank) aracılığıyla uzlaşmalı bir borç düzenlemesinde (minnelijke schuldregeling) olup olmadığınız
nodig-norm-onbepaald = cevaplarınızdan belirleyemediğimiz bir sosyal yardım normu (bijstandsnorm), örneğin 18 yaşından küçük biri için veya devlet emeklilik yaşına (AOW-leeftijd) ulaşılan yılda; bunu belediye hesaplar

## Housing costs during a debt scheme
woonkosten-schuldregeling = Yasal bir borç yapılandırmasındasınız (schuldsanering, Wsnp) veya kredi bankası (Stadsbank) aracılığıyla uzlaşmalı bir borç düzenlemesindesiniz (minnelijke schuldregeling). Bu süreç devam ettiği sürece gelirinizden veya varlığınızdan hiçbir şey hesaba katılmaz.
