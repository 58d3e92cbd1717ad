# -*- coding: utf-8 -*-
# Hand-written items, traditional Chinese (Taiwan factories, Hong Kong construction). Author d28.
# Format: CODES|category|job title|item text ; C clean, X exemption, D decoy.
# THIS FILE CONTAINS THE ANSWERS.
DATA = """
G|tw_gender_field|作業員|性別：男，需配合輪班（早中夜三班）
G|tw_men_only|堆高機操作員|限男性，具堆高機操作證照
G|tw_women_only|包裝員|徵女性作業員，手巧細心，坐姿作業
G|tw_women_preferred|品管|品管助理，女性佳
G|tw_men_preferred|設備工程師|設備工程師，男性尤佳，需配合出差大陸廠
G|tw_appearance|櫃台|女，身高160公分以上，外型亮麗
G|tw_slang|門市|徵求美眉店員，會收銀
G|tw_job_gender|徵才|徵：會計小姐1名、送貨司機先生2名
G|tw_military|技術員|男性需役畢或免役，女性恕不考慮
G|hk_gender_field|地盤雜工|性別：男　年齡：50歲以下　持平安咭
G|hk_men_only|地盤管工|地盤管工，只請男士，識睇則
G|hk_women_only|寫字樓文員|寫字樓文員，只限女性，識中文打字
G|hk_bracket|倉務員|倉務員（男）數名，需輪班
G|hk_slang|侍應|請靚女樓面，識講普通話
G|hk_pref|貨車司機|貨車司機，男士優先，持第3類牌
G|hk_obf|文員|只請⼥仕，懂Excel
M|tw_marriage_field|會計|婚姻狀況：未婚
M|tw_pledge|行政助理|錄取後須承諾兩年內不懷孕
M|tw_pregnancy_dismiss|作業員|懷孕者視同自動離職
M|hk_marriage|秘書|已婚人士優先，穩定性高
M|hk_children|客戶服務|子女需已滿十二歲，能配合加班
M|hk_question|銷售|面試時請告知是否已婚及有否子女
P|tw_pregnancy_test|作業員|體檢項目含驗孕
P|hk_pregnancy_test|文員|入職前需提交未懷孕證明
GM|tw_moms_only|客服|限已婚婦女，有小孩佳
GM|hk_moms_only|兼職|只請師奶，返工時間配合接送小朋友
GP|tw_women_test|作業員|限女性，入廠體檢需驗孕
C|tw_gender_open|作業員|男女不拘，歡迎二度就業
C|tw_gender_open|品管|性別不拘，需配合輪班
C|tw_benefit|技術員|福利：婚假、產假、陪產假、育嬰留職停薪
C|tw_benefit|工程師|公司設哺乳室，提供員工子女教育補助
C|tw_clients|客服|負責婚友社會員資料審核，核實會員婚姻狀態
C|tw_clients|業務|銷售孕婦裝及嬰兒用品，通路為藥妝店
C|tw_contact|作業員|聯絡人：陳小姐 (02)2XXX-XXXX
C|tw_contact|司機|聯絡人：林先生
C|tw_parents|包裝員|彈性工時，適合需接送小孩的爸爸媽媽
C|tw_policy|技術員|本公司依性別工作平等法辦理招募，不詢問婚育狀況
C|tw_words|研發|負責女兒節禮盒包裝設計
C|tw_dorm|作業員|提供宿舍，男女分棟
C|tw_zinv|行政|辦理員工子女獎學金申請
C|hk_gender_open|地盤雜工|男女均可，持平安咭
C|hk_gender_open|倉務員|不限性別，識用叉車優先
C|hk_benefit|秘書|14週產假、5日侍產假
C|hk_clients|客戶服務|負責婚禮統籌公司客戶跟進
C|hk_contact|文員|請WhatsApp黃小姐 9XXX XXXX
C|hk_parents|兼職|返工時間9:30-14:30，方便家長接送小朋友，爸爸媽媽都歡迎
C|hk_eo|工程師|本公司為平等機會僱主，所有申請人不論性別、婚姻狀況、懷孕或家庭崗位均獲平等考慮
C|hk_words|物流|負責將軍澳至女人街一帶送貨
C|hk_obf_clean|文員|男\u200b女\u200b均\u200b可
C|tw_short|CNC|CNC技術員，會FANUC系統，三班制
C|hk_short|紮鐵|紮鐵工，日薪1800，長工
X|tw_underground|坑道工|坑道掘進工，地下坑道內作業，限男性
X|tw_heavy|搬運工|人工搬運水泥袋，每袋50公斤，限男性
X|hk_heavy|落貨|人手落貨，每件貨物30公斤，全日搬運，只請男士
X|hk_underground|隧道工|地底隧道爆破及挖掘工，只請男性
X|tw_heavy|鋼筋搬運|鋼筋人工扛運，每捆約40公斤，限男
D|hk_decoy|會計文員|（某礦業公司）寫字樓會計文員，只請男士
D|tw_decoy|業務專員|鋼鐵公司業務專員，跑客戶，限男性
"""
