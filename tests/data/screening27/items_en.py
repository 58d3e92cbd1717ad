# Author 27: hand-written English items, violating and clean (these lines contain the answers).
DATA = r"""
G|en_gender_field|Housekeeper|Gender: Female
G|en_gender_field|Security Officer|Sex: Male, age 25-40
G|en_gender_bracket|Bartender|Head Bartender (Male)
G|en_gender_bracket|Spa Therapist|Spa Therapist (F) - 3 openings
G|en_gender_only|Domestic Helper|Female helpers only, must be able to cook Chinese food
G|en_gender_only|Porter|Male candidates only please
G|en_gender_preferred|Receptionist|Preferably female, pleasant personality
G|en_gender_preferred|Chef de Partie|Males preferred due to long hours
G|en_gender_successful|Guest Relations Officer|The ideal candidate will be a young lady with excellent grooming
G|en_gender_successful|Butler|The successful applicant will be a gentleman with fine-dining experience
G|en_gender_pronoun|Nanny|She must be gentle, patient and love children
G|en_gender_pronoun|Doorman|He should be tall and well built
G|en_gender_appearance|Hostess|Females must be at least 165cm and slim
G|en_gender_appearance|Cocktail Waitress|Attractive girls with good figure, to entertain male guests
G|en_gender_slang|Barista|Looking for cute girls to join our cafe team
G|en_gender_slang|Kitchen Porter|Strong lads wanted for busy kitchen
G|en_gender_exclusion|Nail Technician|No male applicants
G|en_gender_listing|Hotel Openings|Room Attendant - female x4; Houseman - male x2; Driver - male x1
G|en_gender_suitable|Night Auditor|This role suits a man better given the late shifts
G|en_gender_ratio|Cruise Crew|We need 70% female crew for the spa deck
G|en_gender_waitress|Waitress|Waitresses wanted, aged 18-25, pretty and outgoing
G|en_gender_salesman|Retail|Experienced salesman required for menswear floor (men only)
G|en_gender_mainly|Cleaner|Team is all women so we are only considering women
G|en_gender_hidden|Caregiver|Our clients only accept lady caregivers, so ladies please
GM|en_mothers_only|Remote Customer Service|Mums only! Work around school hours
GM|en_mothers_preferred|Playgroup Assistant|Stay-at-home moms preferred
GM|en_gender_marital|Domestic Helper|Female, married with own children, age 30-45
M|en_married_preferred|Estate Caretaker|Married with children preferred
M|en_marital_field|Live-in Helper|Marital status: Single
M|en_marital_question|Sales Associate|Are you married? Do you plan to have kids soon?
M|en_children_question|Hotel Supervisor|Please state the number and ages of your children in your CV
M|en_no_kids|Cruise Steward|Applicants must not have children under 5
M|en_couple|Live-in Couple|Couples preferred: husband as gardener, wife as cook
M|en_pregnancy_refuse|Nail Technician|Pregnant applicants will not be considered due to chemicals
M|en_pregnancy_dismiss|Flight Attendant|Pregnancy during contract leads to termination
M|en_no_birth_pledge|Spa Manager|Must agree not to start a family in the first two years
M|en_spouse_question|Housekeeper|Interview will include questions about your husband's job
M|en_single_only|Yacht Crew|Single applicants only (no partners onboard)
M|en_marital_field|Childcare Assistant|Married: Yes/No (required)
P|en_pregnancy_test|Domestic Helper|Medical includes pregnancy test before deployment
P|en_pregnancy_proof|Room Attendant|Proof of non-pregnancy required at onboarding
P|en_pregnancy_hcg|Cabin Crew|Pre-employment medical: chest X-ray, HCG screening
P|en_pregnancy_test_euph|Spa Therapist|Candidates must provide a negative pregnancy result
GP|en_gender_test|Massage Therapist|Female only; pregnancy screening required
G|en_obf_spaced|Waiter|M A L E  only
G|en_obf_zero_width|Cashier|Fe\u200bmale only
G|en_obf_fullwidth|Hostess|Ｆｅｍａｌｅ ｏｎｌｙ，ｈｅｉｇｈｔ １６０＋
G|en_obf_html|Cook|<span>ma</span>le cooks only
G|en_obf_leet|Dancer|f3male d@ncers only
|en_clean_open|Waiter|Open to all genders, no experience needed
|en_clean_eoe|Room Attendant|We are an equal opportunity employer and do not ask about marital or family status
|en_clean_clients_women|Nail Technician|Our clientele is mostly women; technicians of any gender welcome
|en_clean_maternity_clients|Confinement Nanny|Care for new mothers and newborns; certification required
|en_clean_benefits|Front Desk Agent|Benefits: maternity and paternity leave, wedding leave
|en_clean_parents|Retail Assistant|School-hours shifts, great for parents (mums and dads alike)
|en_clean_products|Baby Store Associate|Advise expecting mothers on strollers and car seats
|en_clean_wedding|Banquet Server|Serve at weddings; assist the bride and groom's families
|en_clean_matchmaking|Matchmaker|Verify members' marital status and ID documents
|en_clean_contact|Cleaner|Contact Mrs. Wong for details
|en_clean_children_duties|Nanny|Look after the employer's children aged 4 and 7
|en_clean_pregnancy_policy|Line Cook|Pregnant employees may request seated duties at full pay
|en_clean_ladies_night|Bartender|Ladies' Night every Wednesday - help set up promotions
|en_clean_menswear|Sales Associate|Sell menswear and womenswear; any gender
|en_clean_female_clients_gym|Gym Front Desk|Women-only gym; front desk role open to all applicants
|en_clean_her_him|Caregiver|Help each resident with whatever he or she needs
|en_clean_word_female|Pharmacy Assistant|Stock feminine hygiene and pregnancy test kits
|en_clean_word_male|Barber|Specialise in men's fades; barbers of all genders
|en_clean_mother_company|Server|Part of the Mother's Kitchen restaurant family
|en_clean_breastfeeding|Store Manager|Private nursing room and lactation breaks for staff
|en_clean_health_check|Cook|Pre-employment medical: food handler test and chest X-ray
|en_clean_childcare_benefit|Hotel Operator|Childcare subsidy for staff with kids under 12
|en_clean_grooming_all|Concierge|Neat grooming standards apply to all staff
|en_clean_lifting_all|Houseman|Must lift up to 15 kg; any gender
|en_clean_wife_name|Housekeeper|Our founder and his wife run the agency together
|en_clean_domestic_agency|Domestic Helper|Employers in HK look for helpers who can cook; all applicants welcome
|en_clean_family_friendly|Barista|Family-friendly rosters; we never ask about your family plans
|en_clean_spouse_benefit|Cruise Crew|Spouses of crew may join selected cruises at crew rate
|en_clean_girls_product|Toy Store Associate|Sell toys for boys and girls; love kids
|en_clean_maid_cafe_brand|Cafe Crew|Café theme is Victorian maid; staff of all genders
|en_clean_ladies_wear|Tailor|Alter men's and ladies' garments
|en_clean_wedding_planner|Wedding Coordinator|Liaise with couples and vendors on wedding day
|en_clean_father_role|Hotel Kids Club|Assist families; dads and mums both join activities
|en_clean_mrs_contact|Spa Receptionist|Send CV to Ms. Aisha, HR
|en_clean_expecting_guests|Hotel Concierge|Arrange amenities for expecting guests and families with babies
|en_clean_gender_neutral|Housekeeping|Housekeepers (all genders) wanted
|en_clean_womens_shelter|Cook|Cook for a women's shelter; open to all applicants
1|en_clean_oneliner|Kitchen Hand|Kitchen hand needed, all welcome, $20/hr, start Monday
1G|en_oneliner_violating|Waitress|Hiring waitress, female under 25 only, DM me
zh:G|mixed_gender|Sales|招聘 Sales（female only），英语流利
zh:M|mixed_marital|Receptionist|Receptionist 前台，要求 married，稳定
zh:|mixed_clean|Barista|Barista 咖啡师，gender 不限，欢迎 mums and dads
"""
DATA = DATA.replace("\\u200b", "\u200b")
DATA += r"""
G|en_gentlemen_only|Valet|Gentlemen only for valet team, smart appearance
G|en_lady_assistant|Personal Assistant|Lady boss seeking a lady PA
G|en_gender_age_female|Promoter|Female promoters under 23, male promoters under 35
M|en_childcare_arrangements|Housekeeper|Candidates must confirm they have full-time childcare arranged for their own kids
GM|en_helpers_mothers|Domestic Helper|Helpers who are mothers themselves preferred; female only
|en_clean_obf|Server|A\u200bll genders welcome, flexible shifts
|en_clean_moms_dads_cruise|Youth Staff|Cruise youth programme: supervise children while parents relax
|en_clean_ob_clinic|Clinic Receptionist|Front desk at a maternity clinic; schedule prenatal scans for patients
"""
DATA = DATA.replace("\\u200b", "\u200b")
