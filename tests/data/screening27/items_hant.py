# Author 27: hand-written traditional-Chinese (HK/TW) items, violating and clean (contain the answers).
DATA = r"""
G|hk_gender_field|侍應|性別：女，年齡30歲以下
G|hk_gender_only|水吧師傅|只請男士，識沖港式奶茶
G|hk_gender_preferred|髮型助理|女性優先，有熱誠學剪髮
G|hk_gender_bracket|部長|樓面部長（男）1名
G|hk_gender_slang|收銀|請靚女收銀，樣貌端正
G|hk_gender_slang|酒吧侍應|請靚仔酒保，識講英文
G|hk_gender_slang|洗碗|請洗碗阿姐，男士免問
G|hk_gender_appearance|接待員|女，身高160cm以上，外形討好
G|hk_gender_listing|酒樓職位|點心姐 2名（女）／樓面 男 3名／廚房雜工 男 1名
G|tw_gender_only|手搖飲店員|限女生，18-28歲，甜美有笑容
G|tw_gender_preferred|按摩師|男師傅優先，力道要夠
G|tw_gender_field|居家照服員|性別：女　年齡：不拘
G|tw_gender_exclusion|美甲師|謝絕男性應徵
G|tw_gender_appearance|門市人員|女生身高158以上，體態勻稱，五官清秀
G|tw_gender_mainly|長照居服員|以女性為主，男性名額已滿
GM|hk_mothers_only|兼職客服|只限媽媽，返學時間返工
GM|tw_mothers_preferred|門市兼職|媽媽優先錄取，配合孩子放學時間
M|hk_marital_field|家務助理|婚姻狀況：已婚
M|hk_children_age|侍應|子女須已滿6歲
M|tw_no_birth|美容師|錄取後兩年內不得懷孕
M|tw_pregnancy_dismiss|櫃台人員|試用期內懷孕者視同自願離職
M|hk_spouse_question|管家|面試需交代丈夫職業及收入
M|tw_marital_single|夜班櫃台|未婚者佳，能配合大夜班
M|hk_couple|護老院護理員|夫婦一同應徵優先，提供宿舍
M|tw_breastfeeding|餐廳外場|哺乳中者恕不錄用
P|hk_pregnancy_test|護理員|入職身體檢查包括驗孕
P|tw_pregnancy_test|美髮助理|報到須繳交未懷孕證明
P|tw_pregnancy_hcg|SPA芳療師|體檢項目含尿液HCG檢測
GP|hk_gender_test|按摩技師|限女，入職前須驗孕
G|hant_obf_zero_width|樓面|只請男\u200b士，識講普通話
G|hant_obf_kangxi|收銀|限⼥性，有經驗
|hk_clean_open|侍應|男女不拘，歡迎新人
|hk_clean_clients|陪月員|照顧產婦及初生嬰兒，需持陪月證書，男女均可申請
|hk_clean_benefits|酒店前台|享有婚假、侍產假及產假
|hk_clean_contact|清潔工|有意請致電陳小姐
|hk_clean_zinv|家務助理|照顧僱主子女的日常起居及功課
|hk_clean_ladies_salon|髮型師|本店客人以女士為主，髮型師不限性別
|hk_clean_eoc|護老院護理員|本院為平等機會僱主，歡迎所有人士申請
|hk_clean_school_hours|茶餐廳收銀|上午9時至下午3時，方便接送小朋友之家長
|hk_clean_wedding|婚宴部侍應|負責婚宴擺枱及新人敬酒流程
|hk_clean_lingerie|內衣店售貨員|銷售女士內衣，男女售貨員均歡迎
|tw_clean_open|手搖飲店員|性別不拘，歡迎學生兼職
|tw_clean_clients|月子中心護理師|照護產婦及新生兒，須具護理師執照
|tw_clean_benefits|餐廳內場|依法提供產檢假、陪產檢及陪產假、育嬰留職停薪
|tw_clean_matchmaking|婚友社顧問|協助審核會員婚姻狀態及身分資料
|tw_clean_parent|門市人員|歡迎二度就業的爸爸媽媽，排班彈性
|tw_clean_kids_cafe|親子餐廳外場|陪小朋友玩遊戲，喜歡孩子者佳
|tw_clean_contact|長照居服員|請洽林小姐，或Line聯絡
|tw_clean_pregnant_product|藥妝店員|熟悉孕婦保養品及嬰兒用品
|tw_clean_equal|美甲師|本店依性別工作平等法，不限性別與婚姻狀況
|tw_clean_womens_day|美容師|婦女節檔期業績獎金加倍
|hk_clean_women_floor|酒店房務員|負責女士專屬樓層清潔，職位不限性別
|tw_clean_shoes|鞋店門市|銷售男鞋女鞋，熟悉尺寸者佳
|hk_clean_prenatal|診所接待|協助孕婦產前檢查預約登記
|tw_clean_health_check|廚房助手|須檢附一般體格檢查報告（依食安規定）
"""
DATA = DATA.replace("\\u200b", "\u200b")
DATA += r"""
GM|hk_housewife_only|兼職清潔|請師奶兼職，時間彈性
GM|tw_married_women|包裝員|限已婚婦女，手腳快
G|hk_gender_sister|點心姐|招點心姐2名，熟手優先
M|hk_children_question|收銀|面試時請說明家中小朋友由誰照顧
P|tw_pregnancy_test_urine|旅館房務員|到職體檢須加驗妊娠反應
|hk_clean_housewife_clients|家居清潔|客戶多為雙職家庭，清潔員男女不拘
|tw_clean_mama_post|門市兼職|早上9點至下午3點，適合要接送小孩的家長，不限性別
|hk_clean_obf|侍應|男\u200b女不拘，有意WhatsApp
"""
DATA = DATA.replace("\\u200b", "\u200b")
