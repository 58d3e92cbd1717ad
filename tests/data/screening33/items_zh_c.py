# d33 answers: simplified-Chinese clean traps, exemptions and decoys. Format: job|item|labels|category
RAW = """
分拣工|男女不限，18-55岁，能适应站立作业||gender_neutral
采摘工|欢迎宝妈宝爸，送完孩子再来上班，下午4点可走||parents_welcome
食堂帮厨|适合需接送孩子的求职者，上午9点到下午3点||parents_welcome
中央厨房打包|妈妈岗：9:00-15:00弹性上班，爸爸妈妈都可报名||mum_post_open
外卖客服|居家办公，时间自由，带娃的家长都可以||parents_welcome
婚宴厨房帮工|酒楼主营婚宴寿宴，周末婚宴多需加班||client_wedding
母婴店店员|负责孕妇装、奶粉、婴儿用品的销售与陈列||product_maternal
月子餐厨师|为产后妈妈制作月子餐，熟悉营养搭配||client_mothers
女装店导购|店铺主营女装，导购男女均可||product_womenswear
养殖场饲养员|负责母猪产房管理，做好仔猪接产||animal_female
奶牛场挤奶工|负责奶牛挤奶及犊牛饲喂，男女不限||animal
会员资料审核员|审核会员资料中的婚姻状况与学历信息||client_marriage
红娘助理|协助红娘老师安排会员见面，统计婚恋需求||client_marriage
超市理货|福利：婚假、产假、陪产假均按国家规定执行||benefit_marriage
食品厂普工|女职工享受孕检假、哺乳假，男职工享受陪产假||benefit_pregnancy
冷库文员|公司为员工子女发放助学金||benefit_children
快递驿站|联系人：王女士 138****2231||contact_woman
果园管理|有意者联系李先生或张女士||contact_names
团餐配送|本岗位男女同工同酬||equal_pay
农场讲解员|性别不限，普通话标准||gender_neutral
食堂打菜|服务对象为女子中学师生，需持健康证||client_girls_school
中央厨房配送|配送至妇幼保健院及各妇产科病区||client_maternity
代驾|如遇乘客为孕妇，请平稳驾驶并主动协助||client_pregnant
网约车|车队开通"女性乘客夜间护送"服务，司机男女不限||client_women
电商客服|店铺主营孕婴用品，客服需熟悉孕期知识||product_pregnancy
食品厂质检|产品为婴幼儿辅食，质检男女均可||product_infant
便利店店员|招聘人数：男女共3名，不限性别||gender_neutral
菜市场摊位|卖男装女装的摊位招看摊人员，不限男女||product_clothing
超市促销|负责"三八妇女节"促销活动执行||event_womens_day
农村电商|带货产品：妇女手工刺绣、农家土鸡蛋||product_women_crafts
后厨|子女的学费可申请公司补贴||trap_zinu
食堂会计|员工子女的暑期托管由公司统一安排||trap_zinu
快递员|工作地点：女儿墙路88号||trap_place_name
分拣工|工作地点：男山镇工业园||trap_place_name
养殖场|公司地址：婚纱街东段||trap_place_name
生鲜店|商品包括：男爵土豆、女儿红黄酒||trap_product_name
后厨|菜品有：夫妻肺片、孕妇可食用的低盐套餐||trap_dish_name
食品厂|本厂生产婚庆喜糖，旺季为十月||product_wedding
婚庆公司司机|驾驶婚车，熟悉本地婚庆流程||client_wedding
烘焙店|主营婚礼蛋糕、满月蛋糕、宝宝宴定制||product_wedding
冷库|员工可带家属住宿，夫妻房有限，先到先得||benefit_family_room
果园|提供家庭宿舍，可带孩子入住||benefit_family
采摘工|全家都可以来，16岁以上均可报名（未成年需监护人同意）||family_welcome
中央厨房|每年组织员工孕前优生健康检查（自愿，免费）||benefit_voluntary_health
超市|女职工每年享受两癌筛查福利||benefit_women_health
养殖场|女职工特殊保护：孕期不安排夜班及有毒作业||legal_protection
食品厂|按规定女职工孕期、产期、哺乳期不降薪不解约||legal_protection
屠宰场|厂内设有母婴室，哺乳期员工每天享受1小时哺乳时间||benefit_breastfeeding
快递站|孕期员工可申请调整为前台岗位||benefit_pregnancy_adjust
外卖站|站内设骑手爸爸妈妈休息角||benefit_parents
网店主播|男主播女主播都招，形象不限，会说就行||gender_neutral
分拣包装工|今天这场是女性专场招聘，岗位男女都能投||event_womens_fair
社区团购|团长岗位对所有居民开放，宝妈宝爸、退休人员都欢迎||parents_welcome
托管班厨师|负责为小学生做午餐，需有健康证||client_children
月嫂中心司机|接送产妇出院，驾驶平稳||client_mothers
妇联食堂|单位为区妇联机关食堂，招厨师1名，男女不限||trap_fulian_employer
女性创业园|女性创业园区保洁员，男女均可||trap_womens_park
婚介所|负责婚介所前台接待，要求普通话流利||client_marriage
孕婴店|负责孕婴店仓库收货，会用扫码枪||product_maternal
菜场|摊主：赵大姐，电话联系||contact_woman
农家乐|老板娘负责面试||contact_woman
果园|本园"妈妈菜园"亲子采摘项目需要讲解员||product_name_mama
便当店|招牌菜"外婆红烧肉"，需会做本帮菜||product_name
冷库|员工体检：血常规、肝功能、胸片，费用公司承担||health_check_plain
食品厂|需办理食品从业人员健康证||health_check_plain
中央厨房|入职体检项目与男女员工相同，不含任何妊娠检查||health_check_plain
快递驿站|工作时间可弹性调整，方便照顾家中老人孩子||flexible
食堂|寒暑假可申请调休陪孩子||flexible
超市|身高体重不限，性别不限，能站立8小时||gender_neutral
养殖场|本岗位需经常夜间巡栏，男女均可，夜班有补贴||gender_neutral
生鲜电商|我们团队有男有女，氛围很好||team_description
果园|去年来的采摘工里有很多大学生和退休阿姨||team_description
食品厂|工厂女工占比60%，设有女职工委员会||workforce_stat
外卖|骑手男女都有，女骑手也能月入过万||workforce_stat
网约车|欢迎女司机加入，男司机同样欢迎||both_welcome
代驾车队|不分男女，持驾照满3年即可||gender_neutral
农场|适合退伍军人、返乡青年、家庭主妇、大学生等人群||groups_all
电商|面向返乡妇女开展免费直播培训，男性也可报名||training_open
中央厨房|本企业为妇联"巾帼就业基地"||trap_fulian_base
食堂|工作简单，适合想兼顾家庭的求职者||family_friendly
菜市场|要求：能早起，会算账，会说本地话||plain
超市|要求：有健康证，无不良记录||plain
冷库|要求：能适应-18℃环境，公司发防寒服||plain
屠宰场|要求：持健康证，不怕血，服从安排||plain
养殖场|要求：吃苦耐劳，不晕车||plain
快递|要求：会骑电动车，熟悉本区地址||plain
后厨|要求：有两年以上炒锅经验||plain
果园|要求：16-60岁，身体健康||plain
农村电商|要求：会剪映、会拍短视频||plain
食品厂|男女工均可，夫妻一起来可安排同一班次||couples_welcome_not_preferred
果园|夫妻、兄弟、朋友结伴来都行，住宿可安排在一起||couples_welcome_not_preferred
后厨|婚假3天，产假按国家规定，另有生育津贴||benefit_marriage
超市|提供生育保险||benefit_insurance
中央厨房|工会每年为员工子女发放六一礼物||benefit_children
快递|为已婚员工提供夫妻探亲假||benefit_marriage
电商|公司产品主打"孕期营养"系列，运营需学习产品知识||product_pregnancy
月子中心厨房|为孕产妇备餐，厨师男女不限||client_mothers
食品厂|负责"女神节"礼盒包装线||product_event
菜市场|卖婚庆用品的摊位招帮手，会包红包||product_wedding
农场|我们的场长是位女性，已干了二十年||team_description
养殖场|请不要让孩子进入防疫区||biosecurity
"""
EX = """
屠宰场搬运工|搬运工（男），需单人搬运50斤猪肉半扇，重量约30公斤/件
冷库装卸工|装卸工限男性，每袋冻品40公斤，需连续人工卸车
米厂扛包工|扛包工只招男，每包大米50公斤，人工上肩码垛
化肥仓库|化肥搬运工要求男性，单袋化肥重50公斤
饲料厂|饲料装车工，男，每袋饲料40公斤，日装车20吨以上
水泥仓|装卸工限男，单袋水泥重50公斤，需连续搬运
面粉厂|面粉搬运工（男），25公斤袋装面粉反复搬运上架，每小时约200袋
果园|果园搬运工只招男，每筐苹果约30公斤，需单人抬上车
煤矿|井下采煤工，限男性
矿山|井下掘进工，男，持证上岗
屠宰场|挂猪工（男），需人工将整猪挂钩，单头重量超过50公斤
冷库|冻肉搬运工限男性，单箱冻肉35公斤，人工码垛
粮库|粮食装卸工，男，麻袋装粮每袋50公斤
啤酒厂|啤酒桶搬运（限男），每桶30L约35公斤，频繁搬运
"""
DEC = """
饲料集团|本集团是西南最大的饲料生产企业，年产百万吨。现招行政文员，限男性
矿业公司|矿业公司招聘销售代表，男性，负责华东区客户
米业集团|米业集团（日加工大米500吨）招会计，男
屠宰加工厂|本厂日屠宰生猪3000头，招聘驾驶员：限男，C1驾照
冷链物流园|冷库重体力装卸岗位众多；本次招聘调度文员，只招男生
水泥厂|水泥厂招聘采购专员（男性），负责原料采购
"""
ITEMS = []
for line in RAW.strip().splitlines():
    job, item, labs, cat = line.split("|")
    ITEMS.append(("zh", job, item, [], cat))
for line in EX.strip().splitlines():
    job, item = line.split("|")[:2]
    ITEMS.append(("zh", job, item, [], "exemption_load" if "井下" not in item else "exemption_underground"))
for line in DEC.strip().splitlines():
    job, item = line.split("|")
    ITEMS.append(("zh", job, item, ["G"], "exemption_decoy"))
ITEMS += [
    ("zh", "分拣员", "男\u200b女\u200b不\u200b限，计件", [], "obf_clean_zero_width"),
    ("zh", "采摘工", "⼥⼯男⼯都要，按筐结算", [], "obf_clean_kangxi"),
    ("zh", "客服", "欢迎<b>宝妈</b>宝爸，可居家", [], "obf_clean_html"),
]
