# -*- coding: utf-8 -*-
# Hand-written items, traditional Chinese (HK / TW). THIS FILE CONTAINS THE ANSWERS.
# Line format: slot|labels|category|job|text   (¶ = newline). X = exemption, D = decoy
DATA = """
req|G|gender_field|會計文員|性別：女
req|G|gender_bracket|倉務員|倉務員（男）
req|G|gender_bracket|接待員|誠聘女接待員，中環寫字樓
req|G|gender_preference|行政助理|女性佳，懂粵語及普通話
req|G|gender_preference|業務專員|限男性，需配合出差
req|G|gender_military|工程助理|須役畢，具汽車駕照
req|G|gender_slang|飲料店店員|徵正妹店員，笑容甜美
req|G|gender_slang|餐廳外場|招靚女樓面兩名，有經驗優先
req|G|gender_slang|燒臘學徒|搵後生仔學師，肯捱
req|G|gender_exclusion|保全員|女性恕不錄用
req|G|gender_appearance|櫃姐|女，身高160公分以上，外型亮麗
req|G|gender_listing|綜合職缺|誠聘：男司機一名、女文員兩名
req|G|gender_noun|清潔|請清潔姐姐，早更
req|G|gender_pronoun|營運經理|他將帶領門市團隊並向區域總監匯報
req|G|gender_ratio|儲備幹部|本梯次以男性為主，男女比例約4比1
req|M|marriage_field|人事專員|婚姻狀況：未婚
req|M|marriage_preference|門市店長|已婚者優先，工作穩定
req|M|birth_pledge|行銷企劃|三年內無生育計畫者
req|M|pregnancy_refuse|美容師|懷孕者恕不錄用
req|M|spouse_question|助理|面試時請說明配偶職業及子女年齡
req|M|children_age|客服專員|小朋友須已上小學，可配合加班
req|P|pregnancy_test|作業員|新進人員須附驗孕報告
req|P|pregnancy_test|護理助理|到職體檢含妊娠檢測
req|GM|mothers_only|在家客服|只招媽媽，彈性時間
req|GM|mothers_only|兼職助教|限已育有子女之女性
req|GM|gender_and_marriage|秘書|女，未婚，25歲以下
req|G|obfuscated_zero_width|倉管|限\u200b男\u200b性，會開堆高機
req|G|obfuscated_kangxi|秘書|限⼥性，打字快
full|G|gender_hk_classified|香港報紙分類廣告|誠聘¶男送貨員¶持私家車牌，熟識港九新界路線¶五天半工作，月薪$18,000起¶有意者請致電 2XXX XXXX 陳先生
full|GM|hk_domestic|香港家務助理廣告|請住家工人¶一家四口，有兩位小朋友¶要求：女性，已婚，有湊仔經驗¶月薪$5,500，每週休息一日
full|G|tw_104|104人力銀行職缺|【行政櫃檯人員】¶工作內容：¶1. 訪客接待、電話總機轉接¶2. 會議室安排、文具採購¶條件要求：¶學歷：專科以上¶性別：女¶其他：形象佳，身高158以上
full|M|tw_1111|1111人力銀行職缺|【業務助理】月薪32,000~36,000¶條件要求：¶1. 熟Excel、Word¶2. 未婚者佳，能配合加班¶3. 具汽機車駕照
req|-|trap_contact_name|倉務員|有意者請致電 2XXX XXXX 與何小姐聯絡
req|-|trap_gender_neutral|送貨員|男女均可，持私家車牌
req|-|trap_military_open|工程助理|役畢或免役皆可，具汽車駕照
req|-|trap_gender_neutral|作業員|不限性別，可配合輪班
duty|-|trap_client_pregnancy|產後護理員|照顧產婦及新生兒，協助哺乳
duty|-|trap_client_marriage|婚紗顧問|協助新人挑選婚紗禮服，安排試穿
duty|-|trap_product_women|門市人員|負責女裝及女鞋的銷售與陳列，男女皆可應徵
duty|-|trap_word_contains|編輯|負責婦女雜誌專欄的採訪與撰稿
duty|-|trap_client_wedding|婚宴業務|處理婚宴訂席、試菜安排
duty|-|trap_children_word|行政專員|處理員工子女教育補助申請
ben|-|trap_benefit_leave|工程師|享有婚假、產假、陪產假、育嬰留職停薪
ben|-|trap_benefit_pregnancy|作業員|產檢假依勞基法給薪
ben|-|trap_benefit_mothers|客服人員|公司設有哺集乳室
ben|-|trap_benefit_family|會計|結婚禮金、生育津貼、子女教育獎學金
req|-|trap_mama_open|兼職客服|媽媽爸爸都歡迎，可配合接送小孩時間
req|-|trap_mama_open|在家文書|適合需照顧家庭的求職者，性別不拘
req|-|trap_equal_statement|營業員|本公司遵守《性別工作平等法》，不因性別、婚姻、懷孕而有差別待遇
req|-|trap_equal_statement|文員|本公司為平等機會僱主，歡迎不同性別人士申請
duty|-|trap_word_contains|藥師助理|協助販售驗孕試紙、葉酸等孕期保健品
duty|-|trap_word_contains|社工|於婦女中心跟進家暴個案
duty|-|trap_client_men|髮型師|專做男士油頭、漸層，女髮型師亦歡迎
req|-|obfuscated_clean|行政|性\u200b別不拘，懂Excel
full|-|trap_hk_classified|香港報紙分類廣告|誠聘¶婚紗店助理¶協助新娘試身、整理禮服¶男女均可，有經驗優先¶請致電 3XXX XXXX 黃小姐
full|-|trap_tw_104|104人力銀行職缺|【月子中心護理師】¶工作內容：產婦護理衛教、新生兒照護¶條件要求：護理師執照，不限性別¶福利：產假、育嬰假、員工子女托育補助
full|-|trap_hk_form|香港政府工職位|職位：二級工人（婦女事務委員會秘書處）¶入職條件：完成小學教育¶本職位接受所有合資格人士申請，不論性別或婚姻狀況
X|-|exemption_mining|台灣礦場徵才|【礦場坑內作業員】¶工作內容：坑道內採礦、支撐作業¶條件要求：限男性，能適應坑內作業¶待遇：月薪45,000起，另有坑內津貼
X|-|exemption_load|香港地盤招聘|請搬運工（男）¶工作：人手搬運水泥包上樓，每包五十公斤¶日薪$1,200，即日出糧
X|-|exemption_load|台灣物流徵才|【理貨搬運員】限男¶工作內容：人工搬運米袋（每袋30公斤）上下貨車，每日數百袋¶月薪38,000
X|-|exemption_intensity|台灣鋼廠徵才|【煉鋼爐前工】限男性¶工作內容：爐前測溫、取樣、清渣，屬第四級體力勞動強度¶需配合輪班
X|-|exemption_load|香港地盤招聘|請紮鐵工（男）¶工作：人手搬運及紮綁鋼筋，每捆超過30公斤，需反覆搬上樓面¶日薪$1,500
req|-|trap_marital_neutral|文員|歡迎已婚或未婚人士申請，不設性別限制
duty|-|trap_client_pregnancy|攝影師|為孕婦及初生嬰兒拍攝寫真
req|-|trap_contact_name|店務助理|有意請致電 9XXX XXXX 林太
D|G|exemption_decoy|香港礦業公司|本集團於內地經營多個地下煤礦。¶現招聘香港辦事處會計主任一名（男），負責賬目及報表¶五天工作，有意者請電郵履歷
"""
