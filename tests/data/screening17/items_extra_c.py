# Author 17, hand-written. CONTAINS THE ANSWERS (labels []). Additional clean traps (en, zh, zh-Hant).
RAW_EN = r"""
C|trap_client|Bridal shop consultant: help brides-to-be choose gowns and veils.
C|trap_client|Doula coordinator for our birth-support charity in Leeds.
C|trap_client|Counsellor for a helpline supporting women facing pregnancy loss.
C|trap_client|Teacher for our Mums & Tots swimming sessions (swim teaching qualification needed).
C|trap_client|Customer success for an IVF clinic booking platform.
C|trap_client|Recruiter placing domestic helpers with Hong Kong families; you will interview both helpers and employers.
C|trap_client|Agency officer: explain the Standard Employment Contract to employers and helpers, including maternity protection.
C|trap_benefit|Helpers are entitled to maternity leave and cannot be dismissed for pregnancy under the Employment Ordinance; we follow it in full.
C|trap_benefit|We pay for the helper's medical (no pregnancy test, as per our agency policy).
C|trap_benefit|Family-friendly rota: school holidays planned a term ahead for anyone with caring duties.
C|trap_benefit|Keeping-in-touch days during parental leave, paid at full rate.
C|trap_eeo|Part-time, 10am-2pm - great for students, retirees and parents.
C|trap_eeo|We do not require a photo, age, gender or marital status on your CV.
C|trap_eeo|Cabin crew: one set of grooming standards for everyone; height requirement 158 cm for all applicants.
C|trap_eeo|Job share welcome for this role - ideal if you are balancing work and family.
C|trap_word|Work closely with the Head Chef and the Maître d' on menus.
C|trap_word|Man-hours tracking for maintenance crews in SAP PM.
C|trap_word|Housekeeping attendant: turn down 14 rooms per shift, trolley provided.
"""
RAW_ZH = r"""
C|trap_client|产后康复师，为产后妈妈提供盆底修复服务。
C|trap_client|婚介门店前台，接待来访单身会员。
C|trap_benefit|女职工孕期产检时间计入劳动时间。
C|trap_benefit|男员工享受陪产假15天。
C|trap_eeo|宝妈宝爸、退休人员、在校学生均可报名。
C|trap_eeo|不限性别，有驾照即可。
C|trap_word|负责结婚证、出生证明等材料的档案录入（政务服务中心）。
C|trap_word|公司位于女儿河路88号。
"""
RAW_HANT = r"""
C|trap_client|月子中心陪月員，照顧產婦及初生嬰兒。
C|trap_word|工作地點：女人街附近，旺角站步行三分鐘。
"""
