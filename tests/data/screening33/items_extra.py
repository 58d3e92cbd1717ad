# d33 answers: extra traditional-Chinese, English and mixed items. Format: lang|job|item|labels|category
RAW = """
zh-Hant|茶餐廳|樓面男女不限，識落單即可||gender_neutral
zh-Hant|便當店|廚房助手，無需經驗，性別不拘||gender_neutral
zh-Hant|農會|家政班講師助理，學員多為婦女，助理男女皆可||client_women
zh-Hant|街市|雞檔請人，識劏雞，男女都得||gender_neutral
zh-Hant|便當店|本店老闆娘親自面試||contact_woman
zh-Hant|茶餐廳|媽媽們、爸爸們、退休人士都歡迎做午市兼職||parents_welcome
zh-Hant|農會|提供員工子女教育補助||benefit_children
zh-Hant|月子中心|為產婦準備月子餐，廚師男女不限||client_mothers
zh-Hant|婚宴會館|婚宴旺季外場兼職，男女皆可||client_wedding
zh-Hant|果菜合作社|本社女性社員比例過半，歡迎加入||workforce_stat
zh-Hant|冰室|體檢只需食物衛生相關項目||health_check_plain
zh-Hant|農會|母豬分娩舍管理員，男女不拘||animal_female
zh-Hant|茶餐廳|請水吧阿姐，要識沖奶茶|G|gendered_noun
zh-Hant|便當店|徵外送小哥，自備機車|G|gendered_noun
zh-Hant|農會|條件：男性，役畢|G|field_value_gender
zh-Hant|茶餐廳|已婚人士恕不考慮，需長期通宵|M|unmarried_required
zh-Hant|燒臘店|女工須出示無懷孕醫生證明|P|pregnancy_test
zh-Hant|街市|淨係請師奶，時間自由|G,M|mothers_only
en|farm hand|Suitable for anyone fit and keen - men and women equally welcome.||gender_neutral
en|cafe|Staff meals, uniform, and paid parental leave.||benefit_pregnancy
en|packhouse|Our crew is 50/50 women and men.||workforce_stat
en|delivery rider|Working parents welcome: choose your own hours.||parents_welcome
en|food factory|Products include baby formula and maternity supplements.||product_maternal
en|kitchen|Cater for hen parties and wedding receptions on weekends.||client_wedding
en|ride-share fleet|Female passengers can request a female driver; we recruit drivers of all genders.||client_women
en|orchard|Contact: Sarah (Mum of the family business) on 021 555 0192.||contact_woman
en|dairy|Pregnancy-scanning cows with the vet each autumn.||animal_pregnancy
en|poultry farm|Collecting eggs from hens; no experience needed.||animal_female
en|market stall|Selling wedding flowers and bridal bouquets.||product_wedding
en|supermarket|We don't ask about your family - just your availability.||eo_statement
en|canteen|Hours 9-2.30, ideal for anyone doing the school run.||parents_welcome
en|bakery|Counter staff, any gender, friendly and reliable.||gender_neutral
en|meat plant|Medical: hearing and eyesight only.||health_check_plain
en|farm hand|Hiring: farm boys for haymaking season.|G|gendered_noun
en|kitchen|Waitresses wanted for busy café.|G|gendered_noun
en|delivery|Drivers must be male due to client requirements.|G|men_only
en|orchard|Preference given to applicants without children.|M|children_age
en|food factory|Women applicants: urine HCG test at induction.|P|pregnancy_test
en|packhouse|Seeking a housewife for part-time packing.|G,M|married_women
zh|食品厂|Packing worker，男女不限，no experience needed||mixed_clean
zh|外卖站|Rider招聘：male only，有电动车|G|mixed_men_only
zh|中央厨房|QA岗位：Gender不限，熟悉HACCP||mixed_clean
zh|果园|Picker要求：female，手快|G|mixed_women_only
zh|冷库|体检包括pregnancy test（女性）|P|mixed_pregnancy_test
zh|电商|Mum-friendly岗位，爸爸妈妈都能做||mixed_clean
"""
ITEMS = []
for line in RAW.strip().splitlines():
    lang, job, item, labs, cat = line.split("|")
    ITEMS.append((lang, job, item, [x for x in labs.split(",") if x], cat))
