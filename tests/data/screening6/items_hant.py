"""Traditional-Chinese items (Hong Kong and Taiwan styles). Each line is hand-written and used once."""


def V(sector, line, labels, cat, **kw):
    return dict(sector=sector, line=line, labels=labels, cat=cat, **kw)


def RAW(text, labels, cat, source, **kw):
    return dict(sector="hk_office", raw=text, labels=labels, cat=cat, source=source, **kw)


ZW = "\u200b"
KX_NV = "\u2f25"
C = ""

VIOLATING = [
    V("hk_retail", "只請女士，男士恕不考慮", "G", "gender_restriction"),
    V("hk_office", "性別：女", "G", "field_value_gender"),
    V("hk_food", "水吧要男仔，識沖奶茶", "G", "gender_slang", title="水吧"),
    V("hk_food", "樓面請姐姐仔，手腳快", "G", "gender_slang", title="樓面"),
    V("hk_office", "男性優先，需經常到內地出差", "G", "gender_preference", title="行政助理"),
    V("hk_retail", "女，身高160cm或以上，樣貌娟好", "G", "appearance_one_gender"),
    V("hk_office", "未婚者優先", "M", "single_preferred", title="接待員"),
    V("hk_office", "請於履歷註明婚姻狀況及子女數目", "M", "marriage_form_field"),
    V("hk_retail", "入職體檢須包括驗孕", "P", "pregnancy_test", slot="note"),
    V("hk_office", "只限師奶，時間可遷就接送小朋友", "GM", "mothers_only", title="文員"),
    V("tw_general", "限男性，需能配合夜班", "G", "gender_restriction", title="作業員"),
    V("tw_general", "女性佳，具親和力", "G", "gender_preference", title="門市人員"),
    V("tw_general", "外場服務生（限女）", "G", "bracketed_gender", slot="note"),
    V("tw_general", "業務專員：男性2名；行政助理：女性1名", "G", "job_then_gender_listing", slot="note"),
    V("tw_general", "已婚已育者優先錄取", "M", "marital_childbearing_preferred"),
    V("tw_general", "到職後兩年內不得有懷孕計畫", "M", "childbirth_limit_condition"),
    V("tw_general", "錄取者需檢附醫院開立之未懷孕證明", "P", "pregnancy_test_certificate", slot="note"),
    V("tw_general", "懷孕者視為自願離職", "M", "pregnancy_dismissal", slot="note"),
    V("tw_general", "面試時會詢問配偶職業及家中小孩照顧安排", "M", "spouse_children_question", slot="note"),
    V("tw_general", "徵年輕帥氣的男生，外型佳", "G", "appearance_one_gender", title="業務專員"),
    V("tw_general", "限男，礦業公司，須有業務經驗", "G", "decoy_heavy_industry_office_job", title="業務專員",
      company="花蓮某石礦股份有限公司"),
    V("hk_office", f"只{ZW}請{ZW}男{ZW}士", "G", "obf_zero_width", obf=True),
    V("tw_general", f"限{KX_NV}性", "G", "obf_kangxi", obf=True),
    V("hk_retail", "<b>女</b>士優先", "G", "obf_html", obf=True),
]

VIOLATING += [
    RAW("茶記請洗碗姐姐，長工，$17,500，包兩餐，即日上班，電話 9123 4567", "G", "gender_slang", "hk_poster"),
    RAW("急聘已婚婦女做兼職包裝，時間彈性，時薪$60，荃灣工廠", "GM", "married_women_only", "hk_poster"),
]

CLEAN = [
    V("hk_retail", "男女不限，歡迎兼職", C, "trap_gender_open"),
    V("hk_office", "歡迎媽媽爸爸申請，上班時間可配合接送子女", C, "trap_parents_welcome"),
    V("hk_office", "享有有薪產假及侍產假", C, "trap_benefit_leave", slot="ben"),
    V("hk_office", "婚假3天、恩恤假", C, "trap_benefit_wedding", slot="ben"),
    V("hk_retail", "負責女裝部貨品陳列", C, "trap_product_womenswear", title="店務員"),
    V("hk_retail", "熟悉嬰兒奶粉及孕婦用品", C, "trap_client_maternal_store", company="BB樂母嬰用品"),
    V("hk_food", "男女均可，無經驗有師傅教", C, "trap_gender_open"),
    V("hk_office", "負責婚宴場地預訂及跟進新人要求", C, "trap_client_wedding", title="宴會統籌",
      company="海景酒樓"),
    V("hk_office", "本公司為平等機會僱主，不會查詢申請人婚姻或家庭狀況", C, "trap_nondiscrimination_statement",
      slot="note"),
    V("hk_office", "設有哺乳室", C, "trap_benefit_nursing_room", slot="ben"),
    V("hk_office", "處理子女教育津貼申請", C, "trap_word_zinv", title="人事助理"),
    V("hk_retail", "負責男士護膚品專櫃", C, "trap_product_mens"),
    V("tw_general", "性別不拘，歡迎二度就業婦女", C, "trap_women_welcome_open"),
    V("tw_general", "享有產假、陪產假、產檢假及育嬰留職停薪", C, "trap_benefit_leave", slot="ben"),
    V("tw_general", "負責婚紗攝影客人的接待與預約", C, "trap_client_bridal", title="門市人員", company="台北某婚紗攝影"),
    V("tw_general", "提供員工子女托育補助", C, "trap_benefit_children", slot="ben"),
    V("tw_general", "負責產後護理之家媽媽及寶寶照護", C, "trap_client_postpartum", title="護理人員",
      company="馨安產後護理之家"),
    V("tw_general", "男女皆可，有機車駕照", C, "trap_gender_open"),
    V("tw_general", "負責男裝、女裝門市銷售", C, "trap_product_mens_womens"),
    V("tw_general", "婦女節、父親節發放禮券", C, "trap_benefit_womens_day", slot="ben"),
    V("tw_general", "新進人員體檢：一般體格檢查、胸部X光", C, "trap_medical_ordinary", slot="note"),
    V("tw_general", "適合需接送小孩的家長，9:00-15:00", C, "trap_parents_welcome"),
    V("hk_office", "協助婚姻介紹所會員配對", C, "trap_client_matchmaking", title="客戶服務員"),
    V("hk_food", "設男女員工更衣室", C, "trap_gender_words_benefit", slot="ben"),
    V("hk_office", f"歡迎{KX_NV}性及男性申請", C, "obf_clean_kangxi", obf=True),
]
CLEAN += [
    V("hk_retail", "歡迎家庭主婦及主夫兼職，可揀更", C, "trap_parents_welcome"),
    V("tw_general", "負責孕婦裝、哺乳衣的網路門市客服", C, "trap_product_maternity_wear", title="門市人員"),
    V("hk_office", "有侍產假5天及子女出生賀禮", C, "trap_benefit_leave", slot="ben"),
]
for _sector in ["hk_retail", "hk_office", "hk_food", "tw_general", "tw_general", "hk_office", "hk_retail",
                "tw_general"]:
    CLEAN.append(V(_sector, None, C, "plain_clean"))

EX = "exemption_underground_mining"
HL = "exemption_heavy_load"
IV = "exemption_physical_intensity_iv"
EXEMPT = [
    V("tw_general", "限男性，坑內作業", C, EX, exemption=True, company="某礦業公司", title="坑內採礦工",
      duties=["於坑道內從事採掘作業", "協助坑道支撐"]),
    V("tw_general", "每包砂石約四十公斤，全靠人手上落貨，限男性", C, HL, exemption=True, title="搬運工", company="某建材行",
      duties=["負責砂石包人工上下貨"]),
    V("hk_food", "需搬運每箱30公斤急凍肉，限男士", C, HL, exemption=True, title="凍房搬運",
      duties=["負責凍房貨品人手搬運", "協助落貨及點貨"]),
    V("tw_general", "搬運米袋每袋30公斤，整日反覆搬運，限男", C, HL, exemption=True, title="倉管人員", company="某碾米廠",
      duties=["負責米袋人工搬運上車", "倉庫整理"]),
    V("hk_office", "地盤人手搬運石屎磚，每件逾25公斤，只請男工", C, HL, exemption=True, title="雜工",
      company="某建築工程公司", duties=["人手搬運建築材料", "清理地盤"]),
    V("tw_general", "伐木作業屬第四級體力勞動強度，限男性", C, IV, exemption=True, title="伐木工",
      company="某林業工程行", duties=["負責林木伐採", "原木集材搬運"]),
    RAW("礦場請井下工人，只限男士，月薪面議，包食宿", C, EX, "hk_poster", exemption=True),
    RAW("徵碼頭扛貨工，每件約六十台斤（36公斤），限男，日薪2,500", C, HL, "tw_104", exemption=True),
]

ITEMS = VIOLATING + CLEAN + EXEMPT
