# -*- coding: utf-8 -*-
"""Hand-written items, traditional Chinese (HK / TW) (author 14). THIS FILE CONTAINS THE ANSWERS.
Same tuple format as items_zh.py."""

VIOLATING = [
    ("限男性，須配合輪班", "G", "gender_only", "r"),
    ("誠聘女文員一名", "G", "gender_noun", "r"),
    ("性別：女", "G", "gender_field", "r"),
    ("適合男士，需經常外出見客", "G", "gender_suitable", "r"),
    ("招聘男性保安員，需通宵更", "G", "gender_only", "r"),
    ("女性優先，外貌端正", "G", "gender_preferred_appearance", "r"),
    ("已婚者優先考慮", "M", "marriage_preferred", "r"),
    ("須未婚，可配合長期外派", "M", "marriage_single", "r"),
    ("請於履歷註明婚姻狀況及子女數目", "M", "marriage_question", "r"),
    ("懷孕者恕不錄用", "M", "pregnancy_refusal", "r"),
    ("入職前須提交驗孕報告", "P", "pregnancy_test", "r"),
    ("身體檢查包括妊娠測試", "P", "pregnancy_test", "r"),
    ("誠徵媽媽兼職，僅限已育女性", "GM", "mothers_only", "r"),
    ("徵帥哥店員兩名", "G", "gender_slang", "r"),
    ("招正妹櫃姐，薪優", "G", "gender_slang_appearance", "r"),
    ("限男，具機車駕照", "G", "gender_only", "r"),
    ("行政助理（女）", "G", "gender_bracket", "w"),
    ("男生為主，需扛攝影器材跑外景", "G", "gender_preferred", "r"),
    ("女，身高165cm以上", "G", "gender_appearance", "r"),
    ("需簽署兩年內不懷孕同意書", "M", "birth_pledge", "r"),
    ("小朋友需已就讀小學", "M", "children_age_condition", "r"),
    ("面試時會詢問家庭計劃", "M", "marriage_question", "r"),
    ("已婚未育者請勿應徵", "M", "marriage_exclusion", "r"),
    ("會計 女 1名／司機 男 2名", "G", "gender_listing", "w"),
    ("限\u2f25性", "G", "obf_kangxi", "r"),
    ("男\u200b士優先", "G", "obf_zero_width", "r"),
    ("在職期間懷孕，視同自動離職", "M", "pregnancy_dismissal", "r"),
    ("需提供未懷孕證明", "P", "pregnancy_test", "r"),
    ("Management Trainee 只招男生", "G", "gender_only_mixed", "r"),
    ("婚姻狀況：單身", "M", "marriage_field", "r"),
    # --- one-line posts
    ("誠聘收銀員，限女，即日上班", "G", "gender_only", "o"),
]

CLEAN = [
    ("享有婚假、產假及侍產假", "", "trap_benefit", "b"),
    ("醫療保險受保範圍包括配偶及子女", "", "trap_benefit", "b"),
    ("負責婚禮統籌，與新人溝通流程", "", "trap_client", "d"),
    ("女裝品牌門市店務助理，男女不拘", "", "trap_product_any_gender", "r"),
    ("男女不拘", "", "trap_any_gender", "r"),
    ("本公司為平等機會僱主，歡迎所有人士申請", "", "trap_statement", "n"),
    ("歡迎退伍軍人及身心障礙者應徵", "", "trap_inclusive", "r"),
    ("應屆畢業生亦歡迎申請", "", "trap_inclusive", "r"),
    ("聯絡人：陳小姐", "", "trap_contact", "n"),
    ("負責母嬰產品網店營運", "", "trap_product", "d"),
    ("辦公室設有哺乳室", "", "trap_benefit", "b"),
    ("家庭友善政策：彈性上下班，方便接送子女", "", "trap_benefit", "b"),
    ("子女的教育津貼每年發放", "", "trap_zinv_de", "b"),
    ("婚友社會員資料審核及約會安排", "", "trap_client", "d"),
    ("產檢假依法給薪", "", "trap_benefit", "b"),
    ("育嬰留職停薪，男女員工皆可申請", "", "trap_benefit", "b"),
    ("入職體檢不包括任何妊娠檢查項目", "", "trap_statement", "n"),
    ("歡迎媽媽、爸爸們申請，工作時間配合學校上下課", "", "trap_mama_open", "r"),
    ("接受兼職，適合需照顧家人人士", "", "trap_mama_open", "r"),
    ("負責女性健康App的用戶增長", "", "trap_product", "d"),
    ("為孕婦產前瑜伽課程提供行政支援", "", "trap_client", "d"),
    ("婦女中心社工，跟進個案及小組", "", "trap_client", "d"),
    ("殘疾人士歡迎申請，辦公室設有無障礙設施", "", "trap_inclusive", "r"),
    ("如需合理遷就安排，請於申請時告知", "", "trap_inclusive", "b"),
    ("男\u200b女不拘", "", "trap_obf_any_gender", "r"),
    ("負責男士理容產品的社群內容", "", "trap_product", "d"),
    ("申請表毋須填寫婚姻狀況", "", "trap_statement", "r"),
    ("聯絡人：林先生（人力資源部）", "", "trap_contact", "n"),
    # --- one-line posts
    ("急聘兼職店員，男女不拘，時間彈性", "", "trap_any_gender", "o"),
]

EXEMPT = [
    ("礦場井下作業員，只限男性", "X", "exempt_underground", "w"),
    ("貨倉搬運工（男）：每件貨物約30公斤，需人手搬上貨車", "X", "exempt_load", "w"),
    ("地盤紮鐵工人（男），需搬運每條重約40公斤的鋼筋", "X", "exempt_load", "w"),
    ("米舖送貨員，限男：每包米30公斤，需扛上樓", "X", "exempt_load", "w"),
]

DECOY = [
    ("本集團經營礦場及石礦，業務遍及亞太。現招聘會計文員（男性），負責月結及報表。", "D", "exemption_decoy", "w"),
]
