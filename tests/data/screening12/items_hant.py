# Author 12, hand-written. THIS FILE CONTAINS THE ANSWERS (labels) for dev12.jsonl.
# Traditional-Chinese (HK / TW) items. Tuple: (lang, labels, category, text, slot, job)
G = "GENDER"; M = "MARRIAGE_CHILDBEARING"; P = "PREGNANCY_TEST"


def H(labels, cat, text, slot="req", job=None):
    return ("zh-Hant", labels, cat, text, slot, job)


ITEMS = [
    # violating
    H([G], "gender_field", "性別：男\n年齡：25-45\n駕照：持有效私家車牌", "form", "送貨司機"),
    H([G], "gender_bracket", "急聘 倉務員（男）數名，月薪$17,000", "line"),
    H([G], "gender_bracket", "誠聘 收銀員 (女) 兼職/全職", "line"),
    H([G], "gender_preference", "男士優先，需搬運貨物上落貨車", "req", "倉務員"),
    H([G], "gender_preference", "女性佳，個性細心", "req", "會計文員"),
    H([G], "gender_explicit", "只限女性應徵", "req", "客戶服務員"),
    H([G], "gender_slang", "請靚女做前台，免經驗", "line"),
    H([G], "gender_slang", "搵後生仔送外賣，識揸電單車", "line"),
    H([G], "gender_listing", "職位｜人數｜性別\n廚房幫工｜2｜男\n樓面侍應｜3｜女\n收銀｜1｜不拘", "form"),
    H([G], "gender_listing", "清潔員 女2名；保安員 男2名", "form"),
    H([G], "gender_appearance", "女生身高需160公分以上，外型亮麗", "req", "門市店員"),
    H([G], "gender_exclusion", "恕不考慮男性應徵者", "req", "補習老師"),
    H([G, M], "mothers_only", "招聘全職媽媽做兼職，只限有小朋友的媽媽", "req", "電話客服"),
    H([G, M], "mothers_only", "媽媽優先，可彈性上班接送小朋友", "req", "門市店員"),
    H([M], "marriage_field", "婚姻狀況：未婚", "form", "業務專員"),
    H([M], "marriage_pref", "已婚人士優先，工作穩定", "req", "會計文員"),
    H([M], "children_condition", "子女須已滿六歲", "req", "行政助理"),
    H([M], "birth_pledge", "入職一年內不得懷孕", "req", "行政助理"),
    H([M], "pregnancy_dismissal", "懷孕者恕不聘用", "req", "餐廳服務員"),
    H([M], "family_question", "面試時需說明配偶職業及子女數目", "req"),
    H([P], "pregnancy_test", "入職前須提交驗孕報告", "req"),
    H([P], "pregnancy_test", "體檢包括妊娠檢驗（女性）", "req"),
    H([G, M], "gender_marriage", "條件：女性、已婚、35歲以下", "req", "會計文員"),
    H([G], "obf_zerowidth", "只\u200b請\u200b男\u200b士", "req", "保安員"),
    H([G], "obf_kangxi", "性別：\u2f25性優先", "req", "門市店員"),
    H([G], "gender_tw_104", "【徵才】行政助理（限女）\n工作時間：09:00~18:00\n學歷要求：專科以上", "full"),
    H([G], "gender_gig", "外送夥伴招募：限男生，機車自備", "line"),
    # clean
    H([], "clean_both_genders", "性別：不拘", "req"),
    H([], "clean_both_genders", "男女不拘，歡迎新鮮人", "req"),
    H([], "clean_both_genders", "職位｜人數｜性別\n倉務員｜3｜不限\n文員｜1｜不限", "form"),
    H([], "clean_mumpost_open", "彈性工時，方便照顧子女，歡迎爸爸媽媽應徵", "req", "電話客服"),
    H([], "clean_mumpost_open", "適合需要接送小朋友的家長，工作時間 9:30-15:00", "req"),
    H([], "clean_benefit", "婚假、產假、侍產假、育嬰假", "ben"),
    H([], "clean_benefit", "懷孕員工可申請調整班次", "ben"),
    H([], "clean_benefit", "設有哺乳室，員工子女教育津貼", "ben"),
    H([], "clean_benefit", "產檢假全薪，陪產檢假全薪", "ben"),
    H([], "clean_client", "負責婚友社會員資料審核及約會安排", "ben", "客戶服務員"),
    H([], "clean_client", "協助婦產科診所預約及孕婦產檢登記", "ben", "行政助理"),
    H([], "clean_client", "銷售女裝及童裝，協助顧客試身", "ben", "門市店員"),
    H([], "clean_client", "婚禮統籌助理：跟進新人婚禮流程", "ben", "行政助理"),
    H([], "clean_client", "到府坐月子服務，照顧產婦及新生兒", "ben", "清潔員"),
    H([], "clean_word", "聯絡人：陳小姐 / 黃先生", "req"),
    H([], "clean_word", "工作地點：旺角女人街附近", "ben"),
    H([], "clean_word", "公司產品：孕婦裝、嬰兒用品", "ben"),
    H([], "clean_equal", "本公司為平等機會僱主，歡迎任何性別人士申請", "req"),
    H([], "clean_equal", "所有申請人資料只作招聘用途，面試不會詢問婚姻或生育狀況", "req"),
    H([], "clean_mention", "需搬運10公斤以下貨物，男女皆可", "req", "倉務員"),
    H([], "clean_gig", "外送夥伴招募：男女不拘，機車或自行車皆可", "line"),
    H([], "clean_obf", "性\u200b別\u200b不\u200b拘", "req"),
    H([], "clean_full", "【兼職】補習老師\n對象：小一至小六學生\n要求：大學程度，男女不拘\n時薪：HK$180\n備註：歡迎全職爸媽兼職", "full"),
]
