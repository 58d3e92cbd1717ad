# d33 answers: traditional-Chinese (TW/HK) items. Format: job|item|labels|category  (labels empty = clean; category exemption_* = exemption)
RAW = """
便當店外場|限女性，親切有笑容|G|women_only
茶餐廳樓面|請樓面哥哥2名，識講普通話|G|gendered_noun
街市魚檔|魚檔請男工，要早起劏魚|G|men_only
農會超市收銀|收銀員：女，45歲以下|G|field_value_gender
燒臘店|斬料師傅（男）|G|bracket_gender
果菜市場|理貨員限男生|G|men_only
冰室水吧|水吧請靚女，樣貌端正，身高160以上|G|appearance_women
茶園|採茶女工數名，按斤計|G|gendered_noun
便當店|外送員只要男的|G|men_only
農會推廣|推廣專員，男性優先|G|men_preferred
茶餐廳廚房|廚房請阿嬸洗碗|G|gendered_noun
街市菜檔|菜檔請人：女，已婚，住附近|G,M|married_women
農會行政|限已婚已育，工作穩定|M|married_required
茶餐廳收銀|婚姻狀況：未婚|M|field_value_marriage
便當店|懷孕者恕不錄用|M|pregnancy_refusal
燒臘店會計|面試需填寫配偶職業及子女年齡|M|spouse_children_question
果菜合作社|兩年內無生育計劃者優先|M|childbearing_plan
冰室|入職體檢須包括驗孕|P|pregnancy_test
農會門市|女性須附未懷孕證明|P|pregnancy_test
便當店|限媽媽，帶小朋友都可以做|G,M|mothers_only
街市乾貨|只請師奶，兼職|G,M|mothers_only
茶餐廳|夫妻檔優先，可包宿|M|couples_preferred
魚檔|請後生仔，肯捱|G|gendered_noun
便當店|限⼥性，勤快|G|obf_kangxi
茶餐廳|樓面限\u200b男|G|obf_zero_width
便當店|男女不拘，有經驗者佳||gender_neutral
茶餐廳|歡迎媽媽爸爸兼職，午市11點至2點||parents_welcome
農會|福利：婚假、產假、陪產假依勞基法辦理||benefit_marriage
農會|本會辦理婦女家政班，需助理一名，男女皆可||client_women
街市|檔主：陳太，電話洽||contact_woman
茶餐廳|招牌：鴛鴦、菠蘿油，廚房男女都請||trap_product_name
便當店|供應孕婦可食的少鹽便當，廚師不拘性別||product_pregnancy
燒臘店|適合需接送小朋友人士，可早走||parents_welcome
果菜合作社|女性員工享有產檢假、育嬰留職停薪||benefit_pregnancy
冰室|員工子女讀書可申請津貼||benefit_children
農會|聯絡人：林小姐||contact_woman
茶園|採茶工歡迎婦女、長者及學生報名，男女都可||groups_all
婚紗店|婚紗店送件司機，熟悉台北市區||client_wedding
月子中心|月子中心廚房助手，男女不限||client_mothers
街市|本檔專賣女裝內衣，看檔人員性別不限||product_womenswear
茶餐廳|入職需有食物衞生證書||plain
便當店|需會騎機車，有駕照||plain
街市|需識計數，早上5點開工||plain
農會|性別：不限||gender_neutral
果菜市場|搬運工限男性，每箱水果約30公斤，需人手疊箱||exemption_load
米廠|米包搬運（男），每包50公斤，要連續上貨||exemption_load
礦場|坑內作業員，限男性||exemption_underground
飼料廠|飼料集團總部徵行政助理，限男性|G|exemption_decoy
"""
ITEMS = []
for line in RAW.strip().splitlines():
    job, item, labs, cat = line.split("|")
    item = item.encode().decode("unicode_escape").encode("latin-1").decode("utf-8") if "\\u" in item else item
    ITEMS.append(("zh-Hant", job, item, [x for x in labs.split(",") if x], cat))
