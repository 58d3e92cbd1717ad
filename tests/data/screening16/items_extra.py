# -*- coding: utf-8 -*-
# Additional hand-written clean traps (mostly simplified Chinese). Author 16. THESE ARE THE ANSWERS.
EXTRA_ZH = r"""
-|trap_client|为新婚夫妇办理婚房装修方案咨询
-|trap_client|负责女子监狱图书馆图书整理（劳务派遣，性别不限）
-|trap_client|协助妇产科医生做产前检查记录
-|trap_client|少儿编程老师，学员为8-12岁孩子
-|trap_product|直播间卖孕妇防辐射服和宝宝湿巾，主播男女都行
-|trap_product|负责“男人帮”剃须刀品牌的京东店铺运营
-|trap_benefit|六险一金，婚丧假、产假按国家规定
-|trap_benefit|员工生育后可申请半年弹性工作时间
-|trap_word|老板娘亲自面试，男女都招
-|trap_word|负责“媳妇儿”牌面粉的超市促销，性别不限
-|trap_word|协助处理离婚诉讼案件的律师助理
-|trap_word|婚姻家庭咨询师（需持证）
-|trap_mum_post|家门口就业：小区妈妈岗，爸爸也可报名
-|trap_open|不论男女，不问婚育，能力说话
-|trap_duty|催乳师，持证上岗，欢迎男女学员转行
"""
EXTRA_EN = r"""
-|trap_client|Manage the maternity ward's bed allocation system
-|trap_client|Teach swimming to toddlers and their parents
-|trap_product|Sell wedding rings and engagement diamonds at our Tsim Sha Tsui store
-|trap_benefit|Benefits include 14 weeks' maternity leave and 5 days' paternity leave
-|trap_word|Copywriter for a mother-and-baby brand; candidates of any gender
-|trap_word|Manage the Girls' Brigade youth programme bookings
-|trap_mum_post|Part-time, school hours, welcoming parents and carers of all genders
-|trap_open|No restrictions on gender, marital status or family plans
"""
EXTRA_HANT = r"""
-|trap_client|為新婚夫婦提供置業按揭諮詢
-|trap_word|負責「老婆餅」老店門市，男女不拘
-|trap_benefit|澳門法定產假70日，男士侍產假5日
-|trap_open|無論男女、已婚未婚，均歡迎申請
-|trap_word|離婚調解服務中心行政助理
"""
