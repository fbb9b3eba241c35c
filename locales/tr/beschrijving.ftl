# The overview of each municipality's schemes for policy staff, written by `bur docs --taal tr`
# (src/policy/beschrijving.rs and src/bin/bur/docs.rs): every rule in words, without a
# household. Not for the report or the widget: these messages get no number
# (catalogus_bestanden::NIET_IN_RAPPORT) and are made with `docs_zin!`. Translated from the
# Dutch, which stays leading; Dutch legal terms in parentheses.

## Parts one after another: "a, b", "a veya b", "a; b", "a; ve b".
beschrijving-reeks-komma = { $eerste }, { $rest }
beschrijving-reeks-of = { $eerste } veya { $rest }
beschrijving-reeks-puntkomma = { $eerste }; { $rest }
beschrijving-reeks-en = { $eerste }; ve { $rest }

## The overview (src/bin/bur/docs.rs)
beschrijving-titel = Belediyelere göre yardım düzenlemeleri (regelingen)
beschrijving-inleiding =
    `policies/` içindeki dosyalardan `bur docs --taal tr` ile oluşturulmuştur; elle değiştirmeyin.
    Esas olan Hollandaca genel bakıştır (docs/regelingen.md). Politika dosyalarındaki metinler,
    dosyada çevirisi yoksa Hollandacadır. Sonuçlar: tüm koşullar sağlanıyorsa `ja` (evet), biri
    sağlanmıyorsa `nee` (hayır), aksi halde `misschien` (belki).
beschrijving-gemeente = { $naam } (`{ $id }`, sürüm { $versie })
beschrijving-gemeente-bron = Kaynak: { $bron }.
beschrijving-gemeente-norm-alleenstaande-ouder = Tek ebeveyn için norm: evli çiftler normunun (gehuwdennorm) { $procent } oranı.
beschrijving-gemeente-jongeren-met-aanvulling = 18 ile 20 yaş arasındaki gençler için ek özel yardım (aanvullende bijzondere bijstand) sosyal yardım normuna (bijstandsnorm) dahildir. Sosyal yardım (bijstand) alan kişide bu ek yardım zaten vardır: o zaman 21 yaş normu geçerlidir. Aksi halde gençler normuna göre bir sınırı aşan ama 21 yaşındaki birinin sınırı içinde kalan bir gelir "belki" sonucunu verir.
beschrijving-gemeente-kostendelersnorm-jongeren = Ödeme gücü (draagkracht) hesabında masraf paylaşanlar normu (kostendelersnorm) uygulandığında, 18 ile 20 yaş arasındaki biri 21 yaşındaki birinin normunu alır.
beschrijving-regeling = { $naam } (`{ $id }`)
beschrijving-regeling-bron = Kaynak: { $bron }
# $vanaf and $tot: dates as the policy file writes them (2025-01-01).
beschrijving-regeling-geldig-vanaf = Geçerlilik: { $vanaf } tarihinden itibaren
beschrijving-regeling-geldig-tot = Geçerlilik: { $vanaf } ile { $tot } arası (bu tarihler dahil)
beschrijving-regeling-voorwaarden = Koşullar:
beschrijving-regeling-voorwaarde = { $voorwaarde } ({ $bron })
beschrijving-regeling-bedrag = Tutar: { $bedrag }
beschrijving-regeling-draagkracht = Ödeme gücü (draagkracht): { $draagkracht }
beschrijving-regeling-aanvragen = Başvuru: { $vervolgstap }
beschrijving-signalen = Kişiye özel yardım sinyalleri (maatwerk; öneri: mutfak masası görüşmesi, keukentafelgesprek)
beschrijving-signaal = `{ $id }`: şu durumda: { $voorwaarden }. Kaynak: { $bron }.
beschrijving-buiten-scope = Hesaplama aracında olmayanlar
beschrijving-kolom-regeling = düzenleme
beschrijving-kolom-bron = kaynak
beschrijving-kolom-reden = neden

## Conditions
# $kostendelersnorm: ja or nee.
beschrijving-bijstandsnorm = { $kostendelersnorm ->
    [ja] sosyal yardım normu (bijstandsnorm), masraf paylaşanlar normu (kostendelersnorm) ile
   *[nee] sosyal yardım normu (bijstandsnorm), masraf paylaşanlar normu olmadan
}
beschrijving-inkomen = hane halkının net geliri en fazla { $max } (esas: { beschrijving-bijstandsnorm })
beschrijving-inkomen-zeker = hane halkının net geliri { $zeker } oranına kadar kesin; { $max } oranına kadar belki (kişisel değerlendirme); bunun üstünde hayır (esas: { beschrijving-bijstandsnorm })
# $onder_de_grens: ja or nee; $boven_grens: eigen_woning, beoordeling or nee.
beschrijving-vermogen = { $onder_de_grens ->
    [ja] varlık, varlık sınırının (vermogensgrens, Participatiewet md. 34) altında: iyi bir mali tampon yok
   *[nee] varlık, varlık sınırını (vermogensgrens, Participatiewet md. 34) aşmıyor
}{ $boven_grens ->
    [eigen_woning] ; varlığı sınırın üstüne çıkaran kendi evindeki varlıksa, belediye bunu değerlendirir (belki)
    [beoordeling] ; sınırın üstünde belediye değerlendirir (belki), hayır değil
   *[nee] {""}
}
# $wie: aanvrager, partner, aanvrager_en_partner or aanvrager_of_partner.
beschrijving-wie = { $wie ->
    [aanvrager] başvuran
    [partner] partner
    [aanvrager_en_partner] başvuran ve partner
   *[aanvrager_of_partner] başvuran veya partner
}
beschrijving-voor-wie = { beschrijving-wie }: { $voorwaarde }
beschrijving-leeftijd-minstens = en az { $jaar } yaşında
beschrijving-leeftijd-hoogstens = en fazla { $jaar } yaşında
beschrijving-leeftijd-onder-aow = devlet emeklilik yaşının (AOW-leeftijd) altında
beschrijving-kinderen = evde yaşayan, { $van } ile { $tot } yaş arası (bu yaşlar dahil) en az bir çocuk
beschrijving-kostendelers = evde masraf paylaşan (kostendeler, 27 yaş veya üstü) olarak sayılan en az { $aantal } başka yetişkin
beschrijving-maanden-laag-inkomen = art arda en az { $maanden } ay düşük gelir
# $kostendelersnorm, $vermogen and $schuldregeling: ja or nee.
beschrijving-woonkosten = aylık konut giderleri, gelirin sosyal yardım normunun (bijstandsnorm) { $procent } oranını aşan kısmından yüksek{ $kostendelersnorm ->
    [ja] {" "}(masraf paylaşanlar normu ile)
   *[nee] {""}
}{ $vermogen ->
    [ja] , sınırı aşan varlık bir yıllık konut giderleriyle karşılaştırılır
   *[nee] {""}
}{ $schuldregeling ->
    [ja] ; borç düzenlemesi (schuldregeling) sırasında ödeme gücü sayılmaz
   *[nee] {""}
}
# $feit: beschrijving-ja or beschrijving-nee; $aangenomen: ja or nee.
beschrijving-ja-nee = { $feit }{ $aangenomen ->
    [ja] {" "}(cevap yoksa böyle varsayılır ve bu belirtilir)
   *[nee] {""}
}
# $vraag: the question of a yes/no condition, as the policy file names it.
beschrijving-ja = { $vraag ->
    [student] öğrenim kredisi (studiefinanciering) veya WTOS ile okuyor (ya da geçen yıl okudu)
    [chronisch_ziek_of_beperking] bir engellilik veya kronik psikolojik ya da psikososyal sorun
    [geldige_verblijfstitel] geçerli bir oturum izni (verblijfstitel)
    [gedetineerd] tutuklu veya hükümlü (detentie)
    [schulden] hane halkının ödeyemediği borçlar
    [inkomenstoeslag_laatste_12_maanden] son 12 ayda gelir desteği (inkomenstoeslag) almış
    [eigen_woning] kendi evi var
    [beperking_huisgenoot] engelli veya kronik sorunu olan bir hane üyesi
    [zelfstandige_huishouding] bağımsız bir hane (zelfstandige huishouding)
    [schuldregeling] yasal borç yapılandırması veya borç düzenlemesi (schuldsanering veya schuldregeling)
    [heeft_partner] bir partner (evli, kayıtlı veya birlikte yaşayan)
   *[partner_woont_elders] evli veya partnerli, ama partner başka bir yerde yaşıyor
}
beschrijving-nee = { $vraag ->
    [student] son 12 ayda öğrenim kredisi (studiefinanciering) veya WTOS ile öğrenim yok
    [chronisch_ziek_of_beperking] engellilik veya kronik sorun yok
    [geldige_verblijfstitel] geçerli oturum izni (verblijfstitel) yok
    [gedetineerd] tutuklu veya hükümlü değil (detentie)
    [schulden] ödenemeyen borç yok
    [inkomenstoeslag_laatste_12_maanden] son 12 ayda gelir desteği (inkomenstoeslag) yok
    [eigen_woning] kendi evi yok
    [beperking_huisgenoot] engelli veya kronik sorunu olan hane üyesi yok
    [zelfstandige_huishouding] bağımsız bir hane (zelfstandige huishouding) yok
    [schuldregeling] yasal borç yapılandırması veya borç düzenlemesi (schuldsanering veya schuldregeling) yok
    [heeft_partner] partner yok
   *[partner_woont_elders] partner evde yaşıyor
}
beschrijving-beoordeling = kişisel değerlendirme: { $tekst }
beschrijving-alle = bunların hepsi: ({ $voorwaarden })
beschrijving-een-van = bunlardan biri: ({ $voorwaarden })

## Costs
# $soort and $apparaat: the id from the policy file, said with the engine's words.
beschrijving-kostensoort = { kosten-soort }
beschrijving-apparaat = { kosten-apparaat }
# $overledene: partner, kind, ouder or anders.
beschrijving-overledene = { $overledene ->
    [partner] partner
    [kind] çocuk
    [ouder] anne veya baba
   *[anders] başka biri
}
beschrijving-reisdoel = { $reisdoel ->
    [arts_buiten_gemeente] belediye dışındaki bir doktor veya uzman
    [familie_in_ziekenhuis] hastanedeki birinci derece bir aile üyesi
    [familie_in_detentie] cezaevindeki birinci derece bir aile üyesi
    [school] yakında gidilemeyen bir okul
    [re_integratie] işe yeniden katılım (re-integratie) veya eğitim
   *[anders] başka bir şey
}
beschrijving-opvangreden = { $reden ->
    [re_integratie] işe yeniden katılım veya uyum (inburgering)
    [werkaanvaarding] sosyal yardımdan (bijstand) sonra işe başlama
    [sociaal_medische_indicatie] sosyal-tıbbi bir gereklilik (sociaal-medische indicatie)
   *[anders] başka bir neden
}
beschrijving-kosten = şu türde bir gider kalemi: { $soorten }
beschrijving-kosten-apparaten = şu türde bir gider kalemi: { $soorten } ({ $apparaten })
beschrijving-kosten-vervanging = yalnızca eskisinin yerine (ilk alım veya onarım değil)
beschrijving-kosten-eenmaal-per = { $jaren } yılda bir kez
beschrijving-kosten-eerste-kind = yalnızca ilk çocuk için
beschrijving-kosten-uitvaart-van = şu kişinin cenazesi için: { $overledenen }
beschrijving-kosten-reisdoelen = amaç: { $reisdoelen }
beschrijving-kosten-enkele-reis = en az { $km } km tek yön yolculuk (daha kısa: belki)
beschrijving-kosten-dreigende-uitzetting = yalnızca evden çıkarılma veya enerji kesintisi tehlikesi varsa
beschrijving-kosten-niet-wsnp = WSNP kapsamındaki mali kayyumluk (bewindvoering) için değil
beschrijving-kosten-opvangredenen = şunun için gerekli: { $redenen }
# $al_betaald: ja or nee.
beschrijving-kosten-samen-hoogstens = { $al_betaald ->
    [ja] yalnızca önceden ödenmiş giderler, toplamda
   *[nee] toplamda
} takvim yılı başına en fazla { $max }
beschrijving-kosten-kinderen-tellen-mee = son 60 ayda Kinderen tellen mee aracılığıyla bir bilgisayar alınmışsa değil
# $al_betaald: nee, misschien or toegestaan; $zeer_dringend: ja or nee.
beschrijving-afwijzingsgronden = gider kalemi başına ret gerekçeleri (afwijzingsgronden): şunlar için asla: { $uitgesloten } (yalnızca çok acil nedenlerde, zeer dringende redenen: belki); önceden ödenmiş giderler: { $al_betaald ->
    [nee] hayır
    [misschien] belki
   *[toegestaan] izin verilir
}{ $zeer_dringend ->
    [ja] {""}
   *[nee] ; çok acil nedenlerde de değil
}
beschrijving-afwijzing-voorliggend = önce şunlar için öncelikli bir düzenleme (voorliggende voorziening): { $soorten }

## Amount
# $norm: the standard as normen.toml names it; $vakantietoeslag: inclusief or zonder;
# $afronding: hele_euros_omhoog or op_centen.
beschrijving-bedrag-percentage-norm = 1 Ocak tarihindeki '{ $norm }' normunun 12 katının { $procent } oranı, tatil ödeneği (vakantietoeslag) { $vakantietoeslag ->
    [inclusief] dahil
   *[zonder] hariç
}, { $afronding ->
    [hele_euros_omhoog] yukarı yuvarlanmış
   *[op_centen] kuruşa yuvarlanmış
}; bundan evli çiftler { $gehuwden }, tek kişi { $alleenstaande }, tek ebeveyn { $alleenstaande_ouder } alır
# $maximaal: ja or nee; $per: maand, jaar or eenmalig.
beschrijving-bedrag-vast = { $per ->
    [maand] ayda
    [jaar] yılda
   *[eenmalig] bir kerelik
} { $maximaal ->
    [ja] en fazla { $bedrag }
   *[nee] { $bedrag }
}
beschrijving-bedrag-in-document = şurada yazılı: { $document } (bu belge bizde yok; sonuç bir tutar belirtmez)
beschrijving-bedrag-kosten-min-draagkracht = belirtilen her gider kalemi için: tutar eksi ödeme gücü (draagkracht)

## Capacity to pay
# $kostendelersnorm: ja or nee; $aow_maanden: 0 when the period with AOW is not different;
# $vermogen: which assets count (vermogensgrens, alles, norm, bedrag) or nee; $vrijlating: the
# amount left free for [bedrag].
beschrijving-draagkracht = gelirin, sosyal yardım normunun (bijstandsnorm, { $kostendelersnorm ->
    [ja] masraf paylaşanlar normu ile
   *[nee] masraf paylaşanlar normu olmadan
}) { $boven_procent } oranını aşan kısmının { $inkomen_procent } oranı, { $maanden } ay üzerinden{ $aow_maanden ->
    [0] {""}
   *[other] {" "}(AOW emekli maaşı alan biri için { $aow_maanden } ay)
}{ $vermogen ->
    [vermogensgrens] , artı varlık sınırını (vermogensgrens) aşan varlık
    [alles] , artı tüm birikimler
    [norm] , artı tatil ödeneği dahil sosyal yardım normunu aşan banka bakiyesi
    [bedrag] , artı { $vrijlating } tutarını aşan birikim ve nakit para
   *[nee] {""}
}
beschrijving-draagkracht-schuldregeling = yasal borç yapılandırması (Wsnp) veya uzlaşmalı borç düzenlemesi (minnelijke schuldregeling) sırasında ödeme gücü yok
beschrijving-draagkracht-berekend-tot = normun { $procent } oranının üstünde belediye kendisi hesaplar
beschrijving-draagkracht-eigen-woning = kendi evinde varlık varsa: yılda { $bedrag } altındaki yardım için ek inceleme yapılmaz
beschrijving-draagkracht-zorgkosten = tıbbi giderler için, normun { $procent } oranına kadar, en fazla { $verlaging } daha düşük
beschrijving-draagkracht-in-document = şurada yazılı: { $document } (bu belge bizde yok)
