# -*- coding: utf-8 -*-
# Hand-written EXEMPTION (X) and DECOY (D) items, simplified Chinese. THIS FILE CONTAINS THE ANSWERS.
# X = men-only restriction where the restricted job's own duties are 女职工禁忌劳动范围 work -> labels [], exemption true
# D = heavy-industry blurb, men-only job is office/sales/driving -> GENDER, category exemption_decoy
ITEMS = """
X|exemption_mining|井下采煤工|井下采煤工20名，限男性，需下井作业，持煤矿井下作业资格证
X|exemption_mining|井下掘进工|掘进队招工：男，工作地点为矿井井下掘进工作面
X|exemption_mining|井下支护工|井下支护工（男），负责巷道支护，每班下井8小时
X|exemption_mining|井下凿岩工|只招男工，工作在地下300米巷道凿岩
X|exemption_mining|井下运输工|井下电机车司机及推车工，限男性，需在矿井下工作
X|exemption_load_cement|水泥装卸工|只招男工：人工装车，单袋水泥重50公斤，每天装卸两百多袋
X|exemption_load_grain|粮库搬运工|限男性，粮食每包50斤至100斤，需单人扛上车
X|exemption_load|瓷砖搬运工|男，负责瓷砖搬运，每箱30公斤，需单人搬上楼
X|exemption_load|物流装卸工|装卸工限男，货物每件25-40公斤，需人工反复搬运
X|exemption_load|化肥厂装车工|装车工（男），化肥每袋40公斤，整班连续码垛
X|exemption_load|桶装水送水工|送水工：限男性，一次扛两桶桶装水上楼，每趟近40公斤
X|exemption_load|钢材装卸工|钢材装卸，男，单根角钢30公斤以上需单人扛运
X|exemption_intensity|伐木工|林场伐木工，限男性，属第四级体力劳动强度
X|exemption_intensity|炼钢炉前工|炉前工只招男，工作为第四级体力劳动强度的重体力作业
X|exemption_load|搬家师傅|搬家师傅（男），搬运冰箱、沙发等大件，单人扛重常超过25公斤
X|exemption_load|码头装卸工|码头人工装卸，限男性，麻袋货物每包60公斤
X|exemption_mining|井下铲运机司机|井下铲运机司机兼辅助工，男，需常驻井下作业面
X|exemption_intensity|挖孔桩工|人工挖孔桩作业，限男，属第四级体力劳动强度
X|exemption_load|面粉送货装卸工|男，送货兼装卸，面粉每袋25公斤，每天反复搬运上百袋
X|exemption_load|装卸班组工人|装卸班组招工：男，原煤人工装车，单件负重超过25公斤
D|exemption_decoy|矿业公司销售经理|我公司是大型煤矿企业。招销售经理，限男性，负责省内客户开发
D|exemption_decoy|水泥厂办公室文员|本厂年产水泥百万吨。办公室文员一名，男，熟悉Office
D|exemption_decoy|钢铁集团司机|钢铁集团公司招聘小车司机，只要男的，负责领导出行
D|exemption_decoy|金矿会计|金矿井下开采企业，现招会计一名，男性优先
D|exemption_decoy|物流园客服|园区装卸作业繁重，现招客服专员（男），负责电话接单
"""
