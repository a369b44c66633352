"""Korean cue words: agency release headers, news-site chrome, contacts, dates."""

import re

from .. import fastre
from .common import AtLineEnd, Cues, Lexicon


def _rx(*patterns):
    return Cues(patterns)


# the words a Korean site names its menu's sections with
_SECTION = r"(?:소식|새소식|참여|알림|안내|공지|공지사항|뉴스|보도|보도자료|자료|자료실|마당|홍보|정보|정보공개|공개|행사|민원|소개|" \
           r"이벤트|커뮤니티|광장|게시판|검색|통합검색|예약|신청|열린마당|시민참여|고객센터|고객소통|소통)"

LEXICON = Lexicon(
    lang="ko",
    chrome_exact=frozenset("""
        제목없음 작성일 기사메일전송 메일전송 이메일보내기 메일보내기 기사수정 기사삭제 기사읽어주기 읽어주기 음성으로듣기 기사듣기 글자크기 글자크기설정
        폰트확대 폰트축소 프린트하기 인쇄 인쇄하기 프린트 스크랩 기사스크랩 공유 기사공유 공유하기 공유하기닫기
        목록 목록보기 목록으로 목록바로가기 이전기사보기 다음기사보기 이전글 다음글 맨위로 위로 top 닫기 더보기
        바로가기메뉴 본문바로가기 주메뉴바로가기 서브메뉴바로가기 메인메뉴바로가기 메인네비게이션 전체메뉴 메뉴
        로그인 회원가입 검색 검색하기 구독 구독하기 후원 후원하기 좋아요 싫어요 공감 댓글 댓글쓰기 추천 추천하기 요약봇 본문요약봇 요약보기
        카카오톡 카카오톡공유 카카오스토리 네이버블로그 네이버밴드 밴드 페이스북 트위터 텔레그램공유 텔레그램 url공유 구글 퍼가기
        링크복사 url복사 주소복사 블로그 엑스 x 라인 포토뉴스 영상뉴스 많이본뉴스 인기기사 최신기사 관련기사
        주요뉴스 핫이슈 오피니언 전체기사 실시간뉴스 모바일버전바로가기 pc버전 모바일버전 보도자료 정책
        첨부 첨부파일 첨부파일없음 미리보기 다운로드 바로보기 내려받기 내용 상세내용 게시물 게시판 뉴스 뉴스룸
        광고 미리보기다운로드 다운로드미리보기 바로보기다운로드
        바로가기 복사 복사하기 본문 글씨 키우기 줄이기 확대 축소 보내기 기사보내기 sns 닫기 열기 저장 출력
        스크랩하기 메일 신고 신고하기 오디오 듣기 음성 재생 정지 상단 하단 홈 처음 마지막 가 가+ 가-
        자막 전체화면 전체화면보기 음소거 음소거해제 화질 일시정지
        본문듣기 번역 기사원문 원문보기 언론사홈 응원하기 제보하기 오탈자신고 기사제보 기자구독 기자페이지 기자의다른기사
        이기자의다른기사 실시간인기 포토 영상 북마크 기사추천 추천기사 공감하기 페이스북공유 트위터공유 밴드공유 이메일
        기사저장 저장하기 글자작게 글자크게 전체보기 이전 다음 홈으로 처음으로 위로가기 기사목록 뉴스홈 최신뉴스 랭킹뉴스
        본문시작 본문전체읽기 본문전체보기 기사전체보기 구독신청 네이버구독 다음구독 카카오톡채널추가 채널추가 뉴스스탠드
        ai요약 오디오기사 관련태그 태그 기사원문보기 원문기사보기 지면보기 포토슬라이드 기사내용요약 음성재생설정
        이미지확대보기 사진확대 구독중 만족도조사 페이지만족도 콘텐츠만족도 평가하기 qr코드
        개인정보처리방침 저작권정책 이메일무단수집거부 찾아오시는길 사이트맵
        많이본기사 가장많이본뉴스 오늘의주요뉴스
        스크롤이동상태바 스크롤상태바 상태바 진행바 읽기진행바
        남자음성 여자음성 남자음성여자음성 음성선택 세줄요약 이뉴스공유하기 이기사공유하기 본문글자크기조정 글자크기조정
        이웃추가 서로이웃추가 본문기타기능 카테고리이동 my메뉴열기 이전사진 다음사진 전체사진다운로드 사진갤러리 포토갤러리
        원본이미지보기 원본보기 원본사진보기 이미지확대 이미지크게보기 사진크게보기 크게보기 확대보기
        """.split()),
    # the few Latin words below spell out both cases, so the list needs no IGNORECASE (asked of every line)
    chrome_patterns=Cues((
        r"^!\[[^\]]*\]\([^)]*\)",                    # markdown image left by copy-paste
        # a broadcaster's line for tips: 연합뉴스TV : 02-398-4441(제보) 4409(기사문의), 카톡/라인 jebo23
        r"^(?:[^\s:：]{2,12}\s*)?[:：]?\s*\d{2,4}-\d{3,4}-\d{4}\s*\(제보\)",
        # a notice that the page needs scripts: 자바스크립트가 비활성화되어 있습니다 / JavaScript를 사용할 수 있도록 …
        r"^(?:[^.]{0,30}\s)?(?:자바\s?스크립트|(?i:javascript))\s*(?:를|가|을|이)?\s*(?:사용|지원|활성화|비활성화|허용|켜)"
        r"[^.]{0,40}(?:주세요|주십시오|바랍니다|있습니다|않습니다|됩니다|합니다)\.?$",
        # a board table's caption for screen readers: 보도자료 글보기, 각항목은 제목, 작성자, … 내용으로 구분됨; 상세보기 -
        # 제목,조회수,담당부서,…,파일 정보 제공
        r"각\s*항목은\s*[^.]{2,80}(?:으로|로)\s*구분(?:됨|되어\s*있습니다|합니다)\.?$",
        r"(?:[가-힣]{2,6}\s*,\s*){3,}[가-힣]{2,6}\s*(?:정보\s*제공|(?:으로|로)\s*구분됨)\.?$",
        # a news page's notice on reusing its article: (기사를 사용하실 때는) 아래 고유 링크 주소를 출처로 사용해주세요.
        r"고유\s*링크\s*주소를\s*출처로", r"^(?:기사를?\s*)?(?:다른\s*곳에\s*)?(?:퍼가실|사용하실|이용하실|인용하실)\s*때는\s*$",
        # the comment box's counters and prompts: 댓글 0건, 첫 댓글을 작성해보세요, … 댓글을 남기실 수 있습니다.
        r"^댓글\s*\d+\s*(?:건|개)$", r"첫\s*(?:번째\s*)?댓글을\s*(?:작성|남겨)", r"댓글을\s*남기실\s*수\s*있습니다\.?$",
        # <이미지를 클릭하시면 크게 보실 수 있습니다>: the page's note on its pictures
        r"(?:이미지|사진|그림)(?:을|를)?\s*클릭하(?:시면|면)\s*(?:크게|확대|원본)",
        r"^(?:지령\s*)?호수\s*[:：]?\s*\d{1,5}(?:\s*호)?$",   # 호수 1036: a weekly's issue number among the article's fields
        r"^(?i:qr\s*code)$", r"(?i:qr\s*code)\s*이미지를\s*(?:스마트폰\S*\s*)?(?:인식|스캔|촬영)",   # QR CODE / 오른쪽 QR Code 이미지를 스마트폰에 인식: the page's share code
        # the government sites' identity banner: 이 누리집은 대한민국 공식 전자정부 누리집입니다. / 공식 누리집 주소
        # 확인하기 / go.kr 주소를 사용하는 누리집은 … / 다른 도메인 주소를 사용하고 있다면 … / 운영중인 공식 누리집보기
        # (its first sentence, 이 누리집은 … 누리집입니다., reads as a sentence and is left to position: above the title)
        r"공식\s*누리집\s*(?:주소\s*확인|보기)", r"주소를\s*사용하는\s*누리집은",
        r"도메인\s*주소를\s*사용하고\s*있다면",
        # a portal's reading tools: the translation switch (번역beta Translated by …) and the font size's sample
        # sentence (이 글자크기로 변경됩니다. / (예시) 가장 빠른 뉴스가 있고 …)
        r"^번역\s*beta\b", r"^Translated by\b", r"^이\s*글자\s*크기로\s*변경됩니다", r"^\(예시\)\s",
        # … and its second half: 아이콘 또는 HTTPS 확인하기 / 웹 브라우저의 주소 입력창에 표시된 자물쇠 아이콘과 …
        r"아이콘\s*또는\s*HTTPS\s*확인", r"자물쇠\s*아이콘과\s*주소",
        r"^[\[【(<]\s*편집자\s*(?:주|註|노트)\s*[\]】)>]",   # [편집자 주] 본지는 … 원문 그대로 싣습니다: the paper's note on the copy
        r"[\[【(<]\s*편집자\s*(?:주|註|노트)\s*[\]】)>]\s*$",   # 다음은 … 입장문 전문이다. <편집자 주>: the note, its mark closing it
        r"^매\s*수\s*[:：]\s*(?:총\s*)?\d+\s*매",       # 매수 : 총 2매(사진 1매 포함): the release's page count
        # a board's count of posts and the page of its list: 193개(5/10페이지), 총 193건 5/10 페이지
        r"^(?:총\s*|전체\s*)?[\d,]+\s*(?:개|건)\s*[(\[]?\s*\d+\s*/\s*\d+\s*(?:페이지|쪽)?\s*[)\]]?$",
        # a related story's link set inside the text: ▶ 관련기사 : 가온시, 청년 일자리 예산 30% 늘린다
        r"^(?:관련\s*기사|추천\s*기사|함께\s*(?:보면|볼)\s*(?:좋은\s*)?기사|이전\s*기사|다음\s*기사)\s*[:：]\s*\S",
        # a link to the reporter's other stories: 김하늘 기자의 다른기사 보기
        r"^[가-힣]{2,4}\s*(?:선임|수석)?\s*기자의\s*다른\s*기사",
        # a board of clippings: the paper that ran the story, its date and its address (매체명 : 시민일보 보도일 : …)
        r"^(?:매체명|언론사명?)\s*[:：]\s*\S.{0,40}$", r"^(?:링크\s*주소|원문\s*(?:링크|주소|보기))\s*[:：]?$",
        # … and its pointer to the full story: ※기사 전문은 상단의 링크주소에 있는 원문 링크를 이용하시기 바랍니다.
        r"^※?\s*(?:기사\s*)?전문은\s.{0,40}(?:링크|원문|주소).{0,30}(?:이용|참고|확인)",
        # a television report's script labels: [앵커], [리포트], [인터뷰 : 박정순 / 주민], [스탠드업 : 기자]
        r"^[\[【<]\s*(?:앵커(?:\s*멘트)?|리포트|기자(?:\s*멘트)?|인터뷰|녹취|스탠드업|현장음|싱크)(?:\s*[:：]\s*[^\]】>]{0,40})?\s*[\]】>]$",
        r"바로\s*가기$", r"^(?:기상청|날씨)\s*제공", r"기상청\s*제공$",
        r"^(?:기사\s*)?(?:조회수?|조회|추천수?|댓글수?|공유수?|읽음)\s*[:：]?\s*[\d,]+$",
        r"^[\d,]+\s*(?:조회|추천|댓글|공감|스크랩)$",  # a board's counters written count first: 313 조회
        r"^(?:icon|ico|아이콘)\s*(?:조회수?|추천수?|댓글수?|공유수?)\s*[:：]?\s*[\d,]+$",  # icon 조회수 382: the icon's name first
        r"^(?:작성자|컨텐츠|콘텐츠|게시물|게시글|글|페이지)\s*정보$",  # a board's panels over them: 작성자 정보, 페이지 정보
        r"^(?:게시글|게시물|글|본문)\s*내용$",  # a board's label over the post itself: 게시글 내용
        r"^(?:위\s*)?(?:url|주소|링크)(?:을|를)?\s*(?:길게\s*)?(?:누르면|눌러)",  # a share box's help: 위 URL을 길게 누르면 …
        # a video's counter opening its row of date and tags: 조회수 1,532회 2025. 5. 2. #태그
        r"^조회수\s*[\d,.]+\s*(?:만|천)?\s*회(?:\s|$)",
        r"^조회수?\s*[:：]?\s*[\d,]+\s*(?:작성일|등록일|게시일)",                          # 조회수 38 작성일 …: views, then the date
        # a board's table caption for screen readers: … 상세보기 - 제목, 내용, 파일의 정보를 제공합니다.
        r"제목\s*,.{0,60}정보를\s*제공(?:합니다|하고\s*있습니다)\.?$",
        r"^(?:예상\s*)?(?:읽는|읽기)\s*시간\s*[:：]?\s*(?:약\s*)?\d+\s*분",            # a read-time widget
        r"^(?:약\s*)?\d{1,2}\s*분\s*(?:분량|읽기|소요)$",                              # … written 1분 분량
        r"^(?:최종\s*)?수정일?\s*[:：]", r"^최종\s*수정", r"^(?:등록일|작성일)\s*[:：].*수정",
        r"^[\d,]+%?$", r"^[>›»]\s*\S{1,10}$",
        r"^(?:페이스북|트위터|카카오톡|카카오스토리|네이버|밴드|블로그|텔레그램|[uU][rR][lL]|링크)(?:\s*(?:공유|복사))?(?:\s+(?:페이스북|트위터|카카오톡|카카오스토리|네이버|밴드|블로그|텔레그램|[uU][rR][lL]|링크|공유|복사|엑스|라인))+$",
        r"^(?:텍스트|기사|본문)\s*음성\s*(?:변환|듣기)",                   # a text-to-speech button
        # a messenger's chat export: its title, when it was saved, who sent a message and when
        r"님과\s*카카오톡\s*대화$", r"^저장한\s*날짜\s*[:：]", r"^\[[^\[\]]{1,30}\]\s*\[(?:오전|오후)\s*\d{1,2}:\d{2}\]$",
        r"^(?:기사\s*(?:내용|본문)?\s*)?(?:폰트|글자|글씨)\s*(?:확대|축소|크기|크게|작게)",
        r"^(?:가|가\+|가-)(?:\s+(?:가|가\+|가-))+$",
        r"^기사\s*(?:내용|본문)?\s*(?:프린트|인쇄)(?:하기)?$",   # 기사내용 프린트: the article's print button
        r"기사\s*(?:제보|문의|구매)$", r"^[sS][nN][sS]\s*(?:공유|기사보내기)",
        r"^(?:이\s*)?(?:누리집|홈페이지|콘텐츠|컨텐츠|페이지|게시물|정보)\s*(?:담당|관리)", r"^자료\s*관리\s*(?:담당|부서)",
        r"만족하십니까\??$", r"^매우\s*만족", r"^(?:페이지\s*|콘텐츠\s*)?만족도\s*조사$",   # the page's satisfaction survey
        r"^(?:좋아요|훈훈해요|슬퍼요|화나요|후속\s*기사\s*원해요|추천해요|쏠쏠정보|흥미진진|공감백배|분석탁월|응원해요|놀랐어요)\s*\d*",
        r"^(?:[가-힣]{1,8}\s*\d{1,6}\s*[|·/]?\s*){2,}$",   # reaction and share counters in a row
        # a blog or channel asking the reader to follow it: … 이웃추가와 공감을 기다립니다!, 구독과 좋아요 부탁드립니다
        r"(?:이웃\s*추가|구독|좋아요|공감)(?:와|과|및|,|\s)+(?:이웃\s*추가|구독|좋아요|공감|댓글|알림\s*설정)\S{0,2}\s*"
        r"(?:을|를)?\s*(?:기다립니다|기다릴게요|부탁(?:드립니다|드려요|해요)|눌러\s*주세요)",
        r"^[+]?\s*구독(?:하기)?$", r"^(?:기자\s*)?프로필$", r"^본문\s*(?:글씨|글자)", r"^(?:네이버|다음)\s*(?:메인|뉴스)에서",
        r"^\W{0,2}(?:자료|사진|기사|영상|그래픽)\s*(?:제공|출처)\s*[:：=](?!\s*[가-힣]{2,12}(?:과|팀|실|국|담당관)\s)",  # (자료제공: 노인복지과 … is the contact)
        # a re-post's credit to the page it copied: 출처 : 반다리군청 누리집 > 새소식, [출처] 새봄시 블로그
        r"^[\[(<]?\s*출\s*처\s*[:：)\]>]\s*\S.{0,60}(?:누리집|홈페이지|블로그|카페|게시판|새소식|보도자료|>\s*\S+)"
        r"(?:\s*\([^()]{0,20}\))?$",
        # … or to the office that wrote it, after the text of a news portal's copy: 출처 : 구조구급과 구조팀; or to
        # the outlet it came from, a name alone (출처 : 가온일보): a source under a table names its data (출처: 통계청
        # 2024 인구동향) - years and figures
        r"^출\s*처\s*[:：]\s*[가-힣][가-힣 ]{1,30}(?:과|팀|실|국|본부|센터|담당관)$", r"^출\s*처\s*[:：]\s*[가-힣A-Za-z][가-힣A-Za-z·&]{1,19}$",
        # a row of a board's list of posts: … 홍보팀 2026-04-08 57 (writer, date, views)
        r"\s\S{1,15}\s+(?:19|20)\d{2}[-./]\s?\d{1,2}[-./]\s?\d{1,2}\.?\s+[\d,]{1,9}$",
        # a share prompt: 이 콘텐츠를 공유하세요, 기사를 공유해 보세요
        r"^(?:이\s*)?(?:콘텐츠|기사|글|게시물|소식)를?\s*공유(?:하세요|해\s*(?:보세요|주세요))\.?$",
        # a share button: 페이스북(으)로 기사보내기, 카카오톡으로 공유하기
        r"^\S{1,12}(?:\(으\)로|으로|로)\s*(?:기사\s*)?(?:보내기|공유(?:하기)?)$",
        # a share row behind its label: 이 글을 공유합니다 페이스북 X 카카오톡 밴드 링크복사 (buttons: short words)
        r"^(?:이\s*)?(?:글|기사|페이지|게시물|소식)[을를]?\s*공유(?:합니다|하기)(?:\s+\S{1,6}){0,8}$",
        r"^(?:원문|자세히|더)\s*보기$",
        # a site's section, its menu words joined by a middle dot, the site's name before them: 국립○○박물관 소식ㆍ참여,
        # 통합검색ㆍ예약, 알림·소식
        r"^(?:[가-힣A-Za-z0-9]{2,15}\s+)?" + _SECTION + r"(?:\s*[ㆍ·/]\s*" + _SECTION + r"){1,3}$",
        # a broadcaster's script on its site: the player's screen-reader marks, the script's cue tags alone on their
        # line, the reporter's spoken sign-off (동영상 영역 시작, [앵커], [리포트], ○○ 뉴스 홍길동입니다.)
        r"^(?:동영상|영상|비디오)\s*영역\s*(?:시작|끝)$", r"^[▶►]?\s*(?:동영상|영상)\s*(?:재생|다시\s*보기)$",
        # the crew's credits and the station's tip line: 영상취재: … / 영상편집: …, ○○ 제보 ☎ 000-0000
        r"^(?:영상\s*취재|영상\s*편집|촬영\s*기자|촬영|그래픽|편집)\s*[:：]\s*[가-힣]{2,4}(?:\s*[/,·]\s*\S.{0,30})?$",
        r"^\S{1,12}\s*제보\s*(?:☎|[:：]|전화|하기|메일)", r"^제보는?\s*(?:카카오톡|카톡|전화|이메일|메일|문자)\b",
        r"^[\[<]\s*(?:앵커|리포트|기자|앵커\s*멘트|기자\s*멘트|오프닝|클로징)\s*[\]>]$",
        r"^\S{1,12}\s*뉴스\s+[가-힣]{2,4}\s*(?:기자)?입니다\.?$",
        # the greeting that opens an official letter to the press: 귀 사의 무궁한 발전을 기원합니다
        r"^귀\s*(?:사|기관|언론사)의?\s*(?:무궁한\s*)?(?:발전|번창|건승)을\s*기원",
        # a press mail read in webmail: its header fields and the cover note before the release
        r"^(?:보낸\s*사람|받는\s*사람|참조|숨은\s*참조|보낸\s*날짜|받은\s*날짜)\s*[:：]?\s*\S", r"^메일\s*(?:읽기|쓰기|보기)$",
        r"^(?:수\s*신|발\s*신|경\s*유)(?:\s*자)?\s*[:：]\s*\S",  # a letter's or a fax cover's 수신: / 발신: fields
        r"보도\s*자료를?\s*(?:보내|송부|배포|전해)\s*드리",
        r"보도에\s*(?:참고|협조|활용)(?:하여|해)\s*주시기",
        # a newspaper's page reference (24면, 종합 31면, A12면), comment prompts, read-time widgets, image files
        # (its label in front: 지면 2026-05-14 12면, [지면] A12면)
        r"^[\[(]?\s*(?:(?:지면|신문|게재)\s*[\])]?\s*[:：]?\s*)?(?:종합|사회|경제|정치|문화|지역|국제|오피니언)?\s*[\])]?\s*"
        r"[A-Z]?\d{1,2}\s*면(?:\s*\d{1,2}\s*단)?\s*[\])]?$",                       # [지역] 12면 1단: the section, page and column
        r"^(?:(?:지면|신문|게재)\s*[:：]?\s*)?[\d년월일.\s-]{6,20}\s*(?:종합|사회|경제|정치|문화|지역|국제|오피니언)?\s*[A-Z]?\d{1,2}\s*면$",
        r"^첨부\s*파일\s*\d+\s*개",                                                   # webmail: 첨부파일 2개 (1.4MB)
        r"(?:작성일|등록일|게시일)\s*[:：]?\s*[\d.\- ]+\s*[|·]?\s*조회(?:수)?\s*[:：]?\s*[\d,]+",  # a board's date and views
        r"^[<\[〈【]?\s*목\s*차\s*[>\]〉】]?$", r"[·.…]{5}\s*\d{1,3}$",                  # a table of contents
        r"^(?:분류|카테고리)\s*[:：]?\s*[가-힣A-Za-z0-9·/ ]{2,15}$",  # 분류 발전기금: a board's category field and its value
        r"^\S.{0,30}\s드림$", r"발신\s*전용", r"^\[\s*(?:AD|광고)\s*\]",               # a mail's sign-off; an ad link
        r"^(?:댓글|의견)\s*(?:을|를)?\s*(?:입력|작성|남겨)", r"^로그인\s*(?:후|하시면|하여)", r"^\d+\s*분\s*(?:소요|읽기)$",
        r"^[\w\s().,-]{1,80}\.(?:jpe?g|png|gif|webp)$",
    ), flags=0),
    # (English "Copyright … All rights reserved" is the English list's, asked of Korean pages' short lines too;
    # without it, and with both cases of ⓒ spelt out, this list needs no IGNORECASE and is searched twice as fast)
    tail_starts=Cues((
        # a machine translation of the article follows: *아래는 위 기사를 '구글 번역'으로 번역한 영문 기사의 [전문]입니다.
        r"^\*?\s*아래는\s*위\s*기사를.{0,30}번역한",
        # (무단 전제: the notice's common misspelling)
        r"무단\s*전[재제]", r"재배포\s*금지", r"저작권자?\s*[©ⓒⒸ(]", r"[©ⓒⒸ]\s*\S+",
        # a prosecutor's or police notice that the accused are presumed innocent: the standard closing line
        r"무죄로\s*추정",
        # an e-mail's confidentiality notice under the signature: 이 메일은 지정된 수신인만을 위한 것이며 …
        r"^(?:본|이)\s*(?:전자\s*)?(?:메일|우편)은\s*\S*\s*(?:수신인|수신자)",
        r"^(?:가장\s*)?많이\s*본", r"^(?:인기|주요|최신|관련|추천|많이\s*본)\s*(?:기사|뉴스)", r"^[◀◁<«‹▲△]?\s*이전\s*기사",
        r"^[▶▷>»›▼▽]?\s*다음\s*기사", r"^[◀◁<«‹▲▼△▽]?\s*(?:이전|다음)\s*글\s*[:：|]?", r"^(?:이|다른)\s*기사", r"^이\s*기자의\s*다른", r"^댓글",
        # a blog's comment form (WordPress in Korean): 답글 남기기, 이메일 주소는 공개되지 않습니다.
        r"^답글\s*(?:남기기|달기|쓰기)", r"^(?:귀하의\s*)?이메일\s*(?:주소는|은)\s*공개되지\s*않습니다",
        r"^(?=[가-힣·&()\w]{2,30}\s+개요$)(?!.*(?:보도|사업|행사|사건|교육|계획|추진|대회|공모|모집|지원|과제|사고)\s*개요)"
        r"[가-힣·&()\w]{2,30}\s+개요$",
        r"^\(?[^\W\d]+(?:[·&()\s]+[^\W\d]+){0,3}\)?\s*(?:소개|회사\s*개요)$",  # 기관 소개: a name, no figure (… 71개 사업 소개 is a subtitle)
        r"^웹\s*사이트\s*[:：]", r"^홈페이지\s*[:：]",
        r"제보를?\s*기다립니다", r"제보가?\s*(?:뉴스|기사)가?\s*됩니다",
        # a broadcaster's tip line: 한빛TV 기사문의 및 제보 : 카톡/라인 tips24
        r"(?:기사\s*)?문의\s*및\s*제보\s*[:：]", r"제보\s*[:：]?\s*(?:카톡|카카오톡)\s*/?\s*(?:라인)?\s*[A-Za-z0-9_]{3,20}$",
        r"전재하여\s*제공", r"^\W*(?:기사\s*)?제보\s*(?:하기|메일|전화|[:：])", r"^\W*(?:카카오톡|카톡)\s*[:：@]",
        r"^이\s*(?:자료|게시물|기사)는\s.{0,50}(?:옮겨|전재하여|게시판의\s*자료)",   # a reposting notice
        # a newswire's note on whose release it carries: 이 보도자료는 ○○가 작성해 ○○와이어 서비스를 통해 배포한 …
        r"^(?:이|본)\s*(?:보도\s*)?자료는\s.{0,60}(?:통해|통하여)\s*(?:배포|전송|제공)",
        # the issuer introduced after the release: ○○연구원은 …을 위해 설립된 도 출연 연구기관입니다.
        r"^[가-힣A-Za-z0-9()·&\s]{2,30}(?:은|는)\s.{0,120}(?:설립된|세워진|출범한)\s.{0,60}"
        r"(?:기관|기업|법인|단체|연구원|연구소|재단|회사|공사|공단)(?:입니다|이다|으로|이며)",
        # where else the release can be read: 본 자료는 ○○ 홈페이지(www…)에서도 보실 수 있습니다, 이 자료에 대하여
        # 더 자세한 내용은 ○○ 누리집(www…)을 참고하시기 바랍니다 (a person to call is a contact, not this)
        r"^(?:본|이)\s*(?:보도\s*)?자료(?:는\s|에\s*(?:대하여|대한|관하여|관한)|와\s*관련하여|관련)"
        r".{0,60}(?:홈페이지|누리집|웹\s*사이트|블로그).{0,60}(?:보실|확인|참고|내려\s*받|다운로드)",
        # a news site's requests after the story: tips, subscription, support
        r"^(?:기사\s*)?제보\s*(?:및|·|/|,)\s*(?:보도\s*자료|문의)", r"^(?:기사\s*)?제보\s*[:：]?\s*[\w.+-]+@",
        r"(?:구독|팔로우)\s*(?:하세요|해\s*주세요|부탁드립니다)\s*[!.]?$", r"^(?:독자\s*(?:여러분의?\s*)?)?후원.{0,30}(?:기사|언론|저널리즘|보도)",
        # a news copy's note on where the story came from: 본 기사는 보도자료를 기반으로 작성되었습니다, (이 기사는 AI를 활용해 …)
        r"^[(\[※]?\s*(?:이|본|해당)\s*기사는\s.{0,40}(?:보도\s*자료|AI|인공\s*지능|생성형).{0,30}(?:바탕|기반|토대|활용|이용|제공|작성)",
        # … or where its own photos and files are: ○○ 누리집(www…) 보도자료 게시판에서 사진 원본을 내려받을 수 있습니다
        r"^.{0,80}(?:누리집|홈페이지|웹\s*사이트).{0,60}(?:보도\s*자료|사진|원문|원본).{0,40}(?:내려\s*받|다운로드|보실)\S*\s*수\s*있습니다\.?$",
        # download links for the release's own files: 보도자료 다운로드 (HWP) | 원문 보기 (PDF)
        r"^.{0,60}(?:다운로드|내려받기|보기)\s*\((?:HWPX?|PDF|DOCX?|XLSX?|ZIP|hwpx?|pdf|docx?|xlsx?|zip)\)",
        # the Korea Open Government License notice: 공공누리 제1유형 출처표시 …, … 공공누리 조건에 따라 이용할 수 있습니다
        r"공공누리\s*(?:\(?KOGL\)?\s*)?(?:제?\s*\d\s*유형|출처\s*표시)", r"공공누리.{0,40}(?:조건에\s*따라|이용할\s*수\s*있습니다)",
        r"창작한\s.{0,80}저작물은\s*공공누리",  # ○○군청이 창작한 [title] 저작물은 공공누리 …: the notice's opening
        r"^제\s*[1-4]\s*유형\s*\(",  # 제3유형(제1유형+변경 금지): the licence's type over its notice
        # the licence's conditions by name: 저작자표시-변경금지, [BY-ND] 설명 … (a Creative Commons or 공공누리 badge)
        r"^(?:\[\s*BY(?:-NC)?(?:-ND|-SA)?\s*\]\s*(?:설명\s*)?)?저작자\s*표시(?:\s*-\s*(?:비영리|변경\s*금지|동일\s*조건\s*변경\s*허락))*$",
        # the page's survey, asked of the reader: 이 정보가 도움이 되셨나요?, 이 페이지에 만족하셨나요?
        # (…, 페이지의 내용이나 사용편의성에 만족하시나요?: what it asks about named between)
        r"^(?:이\s*)?(?:정보|페이지|내용|콘텐츠|자료)(?:가|는|에|이|의)?\s*(?:[^.!?]{0,30}?\s)?(?:도움이\s*되(?:셨|었)나요|만족하(?:셨|시)나요|만족스러우(?:셨|시)나요)",
        r"^(?:현재\s*|이\s*)?페이지(?:의|에\s*대한)?\s*만족도를\s*평가해\s*주",   # 현재 페이지의 만족도를 평가해 주세요. …
        # … or of its policy, with the score so far: 국토교통부의 정책을 평가해주세요. 0점(0명 참여)
        r"^[^.!?]{0,20}(?:정책|기사|콘텐츠|서비스|정보)(?:을|를)\s*평가해\s*주(?:세요|십시오)\.?(?:\s*[\d.]+\s*점\s*\(\s*[\d,]+\s*명\s*참여\s*\))?$",
        r"^[\d.]+\s*점\s*\(\s*[\d,]+\s*명\s*참여\s*\)$",
    ), flags=0),
    story_lists=Cues((
        r"^(?:가장\s*)?많이\s*(?:본|읽은)", r"^(?:인기|주요|최신|관련|추천|많이\s*본|핫|화제의?|오늘의|지역|포토|영상)\s*(?:기사|뉴스|이슈)",
        r"^(?:실시간|주간|일간|분야별)\s*(?:인기|주요|많이\s*본)\s*(?:기사|뉴스)",
        r"^(?:이전|다음)\s*(?:기사|글)", r"^(?:이|다른)\s*기사(?!를\s*(?:공유|추천|스크랩|보내|인쇄))", r"^이\s*기자의\s*다른", r"^(?:함께|같이)\s*(?:보면|볼|읽으면)",
        # a blog's list of its other posts: '소식' 카테고리의 다른 글, 최근 글, 인기 글
        r"^.{0,40}?(?:카테고리|블로그)의\s*(?:다른|최근|인기)\s*글$", r"^(?:최근|인기|추천)\s*(?:글|포스트)$",
    ), flags=0),
    release_labels=_rx(
        r"^보도\s*자료$", r"^보도\s*참고\s*자료$", r"^보도\s*해명\s*자료$", r"^설명\s*자료$", r"^보도\s*설명\s*자료$",
        r"^(?:뉴스|자료)\s*제공$", r"^press\s*release$", r"^참고\s*자료$", r"^해명\s*자료$",
        # a civic group's or a party's paper: 성명서, 논평, 입장문, 기자회견문 (written spaced out too)
        r"^성\s*명\s*서?$", r"^논\s*평$", r"^입\s*장\s*문$", r"^기\s*자\s*회\s*견\s*문$", r"^공\s*동\s*성\s*명$",
        r"^(?:사진\s*(?:없음|있음|\d+\s*매)|매수\s*[:：]?\s*(?:총\s*)?\d+\s*(?:매|쪽)?(?:\s*\([^()]{1,20}\))?)$",  # 매수 총 3매(붙임 1매 포함)
        r"^사진\s*[:：]?\s*(?:없음|있음|유|무)\s*(?:\(\s*\d+\s*매\s*\))?$",   # 사진 : 있음(2매), 사진 유 ( 3매 )
    ),
    contact_labels=_rx(
        r"^(?:보도\s*자료\s*)?담당\s*부서(?:\s*/\s*담당자)?", r"^(?:관련|제공)\s*부서", r"^담당\s*자",
        r"^책임\s*자", r"^주관\s*부서", r"^부\s*서(?:\s*명)?(?=\s*[:：]\s*[가-힣])",   # 부서 : 질병관리과, a board's field
        r"^(?:작성\s*[·ㆍ.,/]?\s*)?문의(?:처|사항|전화)?", r"^작성\s*[·ㆍ.,/]?\s*문의",
        r"^언론\s*(?:연락|문의)처?", r"^연\s*락\s*처", r"^취재\s*문의", r"^담당\s*(?:과|국|팀|실)\s*장",
        r"^(?:보도\s*)?담당", r"^자료\s*문의", r"^(?:관련|기타)\s*문의",  # 담당과장 before 담당: the longer label wins
        r"^(?:홍보|언론|대외)\s*담당(?:자)?\s*[:：]",   # 홍보 담당 : 경무과 경위 …: who answers the press
        # 연구 문의, 연구 내용 문의, 행사 문의: a word or two naming what to ask about, then 문의, alone or before a colon
        r"^[가-힣]{1,4}\s*(?:[가-힣]{1,4}\s*)?문의(?:처)?\s*(?:[:：]|[>〉】\])]?\s*$)",   # also set in brackets: <연구 관련 문의>
        r"^작성자(?=\s+[^\s:：|].*\d{2,4}[-)]\s?\d{3,4})",  # 작성자 농업기술센터 기술보급과 / 033-…: a board's author with a phone
        r"^[(\[]\s*(?:관련\s*)?문의(?:처)?\s*[:：]",        # (문의: 해양레저과 … ☎ 051-…) closing a paragraph
        r"^자료\s*제공\s*[:：](?=\s*[가-힣]{2,12}(?:과|팀|실|국|담당관)\s)",  # 자료제공: 노인건강과 노인복지팀 (240-8940)
        r"^생산\s*부서\s*[:：]",  # 생산부서 : 공훈심사과(전화 …): the office that wrote the release (older ministries' form)
    ),
    contact_block_label=fastre.compile(r"^(?:언론\s*)?(?:연\s*락\s*처|문\s*의\s*처?|담\s*당\s*부\s*서)\s*[:：]?\s*"),
    contact_field_labels=fastre.compile(
        r"(?<![가-힣])(?:보도\s*자료\s*)?(?:(?:담\s*당|관\s*련|주\s*관|제\s*공)\s*부\s*서|담\s*당\s*자|책\s*임\s*자|자\s*료\s*제\s*공|작\s*성\s*[·ㆍ.,/]?\s*문\s*의|"
        r"(?:(?:연구|취재|보도|사업|행사|자료|기타|관련|일반|기술|제품|구매|투자|채용|교육|신청|홍보|수사|민원|정책|업무)\s*)?(?:내\s*용\s*)?문\s*의\s*처?|언론\s*(?:연락|문의)\s*처?|연\s*락\s*처|전\s*화(?:번호)?|휴대\s*(?:전화|폰)|이\s*메\s*일|e-?mail|tel\.?|fax|"
        r"팩\s*스|작\s*성|담\s*당(?!\s*관))(?![가-힣])\s*[:：]?", re.I),
    not_names=frozenset("보도자료 이메일 보내기 이메일보내기 전화 연락처 문의 담당 관련 부서 홍보 언론 기자 대표 전화번호 휴대폰 "
                        "총괄 실무 구분 비고 성명 이름 부서명 직위 직급 소속 "
                        "사무실 팩스 주소 홈페이지 웹사이트 내선 자료 취재 보도 사진 기타 기자단 작성자 작성 담당자 "
                        "배포일시 보도일시 배포일자 보도일자 보도시점 있음 없음 매수 "
                        # offices named like a person (three syllables): 홍보실 is no Mr 홍
                        "홍보실 대변인실 비서실 기획실 감사실 총무실 연구실 대표전화 대표번호 콜센터".split()),
    not_contact_labels=_rx(r"^배\s*포(?:\s*처|\s*부서)?$", r"^배\s*포(?=\s*[:：])"),
    attachment_labels=_rx(r"^붙\s*임(?:\s*\d+)?(?:\s|[.:：]|$)", r"^첨\s*부(?:\s*\d+)?(?:\s|[.:：]|$)",
                          r"^(?:붙\s*임|첨\s*부)\s*파\s*일\s*[:：]?$",   # a board's field name alone: 붙임파일
                          r"^(?:관련\s*)?(?:자료|파일)\s*첨부\s*[:：]?$",   # 관련 자료 첨부 over the files
                          r"^첨부\s*(?:파일|자료|문서)\s*[:：|]\s*\S",
                          r"^\[붙임", r"^<붙임", r"^\(붙\s*임\s*\d*\)", r"^별\s*첨(?:\s|[.:：]|$)"),
    # release-time lines; every cue names 보도/게재/엠바고 so body sentences ("내일부터 사용") do not match
    embargo_patterns=_rx(
        # (not one noun of a list a middle dot joins: '… 즉각적 소통·보도 가능' is a title's words)
        r"(?<![·ㆍ])보도\s*(?:할\s*수\s*있습니다|하여\s*주시기\s*바랍니다|해\s*주시기|가능)",
        # a time or an edition before it ('12:00 이후 보도', '조간부터 게재'), not '생활도로부터 보도를' (a sidewalk)
        r"[\d)시간일]\s*(?:이후|부터)\s*(?:보도|게재)", r"엠바고", r"즉시\s*(?:보도|게재)", r"배포\s*즉시\s*(?:보도|사용)",
        r"^보도\s*(?:일시|시점|일자)", r"^보도\s*[:：]", r"^즉시\s*사용",
        # 보도협조일 : … 석간부터: the day the press is asked to hold it to, and from which edition
        r"^보도\s*협조\s*일", r"(?:조간|석간)\s*(?:부터|용)\s*$",
        # … 즉시 사용하시기 바랍니다 (a time before it; '사진 원본은 … 사용하시기 바랍니다' is about the photos)
        r"(?:즉시|이후|부터|[\d)]\s*시)\s*(?:보도\s*에?\s*)?사용하시기\s*바랍니다",
    ),
    date_cues=_rx(
        r"^(?:등록|입력|수정|승인|게재|작성|발행|송고|기사입력|기사등록|기사수정|(?:자료\s*)?배포|배포일시|배포일자|게시|게시일|등록일|작성일)\s*(?:일시|일자|일)?\s*[:：]?\s*[\d'’]",
        r"^(?:보도|배포)\s*(?:일시|일자)\s*[:：]?",
        r"^(?:날\s*짜|보낸\s*날짜|받은\s*날짜)\s*[:：]\s*[\d'’]",   # a mail's header: 날짜 : 2024년 6월 7일 …
        r"^(?i:date|sent)\s*[:：]\s*[\d'’]",   # a mail client in Korean keeps English fields: Date: 2025년 11월 3일 …
    ),
    byline_patterns=_rx(
        r"^(?:[가-힣]{2,4}\s*)(?:[가-힣0-9]{1,12}(?:부|팀|국|실)\s*)?(?:선임|수석|객원|인턴|전문|편집)?\s*기자(?:\s|$|[|/,]|=)",
        r"^\[?(?!사진|영상|그래픽)[가-힣\w]{1,12}(?:·[가-힣\w]{1,12}){0,3}\s*=\s*[가-힣]{2,4}(?:\s*[ㆍ·,]\s*[가-힣]{2,4})*\s*(?:선임|수석)?\s*기자\]?",
        r"^[가-힣]{2,6}\s*/\s*[가-힣]{2,4}\s*(?:선임|수석|객원|인턴)?\s*기자$",  # a regional reporter's credit: 세종/ 홍길동기자
        r"^[(\[]\s*[가-힣]{1,10}\s*=\s*[\w가-힣]{1,12}\s*[)\]]\s*[가-힣]{2,4}\s*(?:선임|수석|객원|인턴)?\s*기자$",  # (강원=뉴스1) 홍길동 기자, alone on its line
        r"^by\s+[\w.-]{2,30}(?:\s+(?:19|20)\d{2}\.\s*\d{1,2}\.\s*\d{1,2}\.?)?$",  # by nmf_korea 2014. 12. 8.: a blog's author and its posting date
        r"^[가-힣]{2,4}\s+[가-힣A-Za-z0-9]{2,15}(?:\s*\([A-Za-z0-9.]{2,20}\))?\s*기자\s+\S+@\S+$",  # 홍길동 가온뉴스(gaonnews) 기자 hong@…: the sign-off
        r"^by\s*[가-힣]{2,4}\s*(?:선임|수석|객원|인턴)?\s*기자$",
        r"^[A-Za-z가-힣][\w가-힣.&-]{1,20}\s*=\s*(?i:news\s*wire|뉴스와이어)$",  # ACROFAN=Newswire: the wire that carried it
        r"^[\[【〔]\s*[가-힣A-Za-z0-9]{1,12}(?:뉴스|일보|신문|통신|방송|미디어|타임즈|타임스|저널|투데이|포스트|데일리|헤럴드)\s*[\]】〕]$",  # [가온풍수신문] alone: the outlet's credit  # by홍길동 기자: a news page's credit after its English 'by'
        r"^[\[【〔]\s*[가-힣A-Za-z0-9]{2,12}(?:\s+[가-힣A-Za-z0-9]{2,12}){0,2}\s*(?:선임|수석|객원|인턴|시민|명예|학생|수습)?\s*기자\s*[\]】〕]$",  # [한국농정신문 박선민 기자], [ 매체 소방서 시민기자 ]
        # 글=홍길동, 글·사진=홍길동: the writer's credit (사진=홍길동 alone credits a photo: a caption, never the byline)
        r"^[가-힣]{2,12}\s+작성$",  # a board's author panel: 취재국장홍길동 작성
        r"^(?:글|정리|취재)(?:\s*[·ㆍ,]\s*사진)?\s*[:：=]\s*(?!있음|없음)[가-힣]{2,4}(?:\s*(?:기자|작가|통신원))?\s*$",
        r"^(?:작성자|글쓴이|등록자|작성부서|게시자)\s*(?:[:：]\s*|\s)\S", r"^기자명\s*[:：]?\s*[가-힣]{2,4}",
        r"^(?!담당|취재|출입)[가-힣]{2,4}\s?기자(?![:：\s]*[:：])(?=.{0,12}$)",   # 홍길동 기자기자 페이지: a credit run into a link
        r"^[가-힣A-Za-z]{2,10}\s+[가-힣]{2,4}\s?(?:선임|수석|객원|인턴)?\s*기자$",   # the outlet, then its reporter: 한빛일보 홍길동 기자
        # a news copy's sign-off: (outlet) reporter (e-mail), alone on its line
        # a news page's credit row: the reporter, the e-mail and more fields between bars (서재빈 / sjb@… / 기사승인 : …)
        r"^[가-힣]{2,4}\s*(?:기자)?\s*[/|]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*(?:[/|]|$)",
        # (or the reporter's title after the e-mail: 제주방송 안수경(skan01@…) 기자; the place, a bar, then the credit: 인천|홍길동 기자 …)
        r"^(?:[A-Za-z가-힣]{2,12}(?:\s+|\s*[|/]\s*))?[가-힣]{2,4}\s*(?:선임|수석)?\s*(?:기자)?\s*[(\[<]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)\]>]?"
        r"(?:\s*(?:선임|수석)?\s*기자)?$",
    ),
    caption_patterns=_rx(
        r"사진\s*(?:제공|=|:)", r"/\s*사진\s*제공\s*=", r"\((?:사진\s*)?제공\s*[-=:]\s*[^)]*\)\s*\|?$", r"자료\s*사진\)?\s*\|?$",
        r"^[▲△▶]\s*\S.*(?:사진|모습|전경|제공)", r"^[▲△]\s*\S.*\((?:왼쪽|오른쪽|가운데|앞줄|뒷줄)[^()]{0,12}\)",   # ▲ … 조성일(왼쪽) …: who stands where
        r"\(\s*사진\s*[=:-]", r"^사진\s*\d{0,2}\s*[=:]",
        # what a photo shows, said as a photo's caption says it: a noun phrase closed by 모습/전경/장면 (… 진행하는 가온구청장
        # 모습), or a commemorative photo being taken (… 수상하고 기념사진을 찍고 있다.)
        r"^(?=[^.!?]{25,120}$)(?:\S+\s+){3,}\S*(?:모습|전경|장면)\.?(?:\s*[ⓒ©]\s*[가-힣A-Za-z0-9·]{2,20})?$",
        r"기념\s*(?:사진|촬영)을?\s*(?:찍|하)고\s*있(?:다|는\s*모습)\.?$",
        # | ▲ 직원들이 … 전단지를 배포하고 있다.: who the photo shows doing what, under a triangle (a table's bar before it)
        r"^\|?\s*[▲△]\s*\S.{4,150}(?:고\s*있다|고\s*있는\s*모습)\.?$",
        # … 진행한다. (사진 가온군) 2026.10.23/가온일보: the photo's credit in brackets closing it, the outlet's stamp after
        r"\(\s*사진\s+[가-힣A-Za-z0-9·]{2,15}(?:\s*제공)?\s*\)(?:\s*(?:19|20)\d{2}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2})?(?:\s*/\s*[가-힣A-Za-z]{2,15})?\s*$",
        r"^(?:영상|화면)\s*설명\s*[:：]\s*\S",   # a video's description under its player: 영상 설명 : 어르신들이 …
        # ▲ 해피빈 이벤트. <자료 : 한국환경공단>: under a triangle, closed by the image's source in brackets
        r"^[▲△]\s*\S.{0,150}[<(\[]\s*(?:자료|사진|그래픽|이미지)\s*(?:제공)?\s*[:=：]\s*[^<>()\[\]]{1,25}[>)\]]$",
        r"^[\[<〈(【]\s*(?:첨부\s*)?사진\s*설명\s*[\]>〉)】]$",   # [첨부 사진 설명] over the photos' captions
        r"^(?:사진|그림|이미지)\s*\d{1,2}\s*[.)]\s*\S",   # a list of captions: 사진 1. 캠핑장 화재 현장, 사진 2. …
        r"[가-힣]\.\s*/\s*[^/\s][^/]{0,20}$",  # … 점검하고 있다. /진천군 제공, … 개최한 입양인대회. /재외동포청
        r"^\[\s*(?:영상|화면)\s*\]", r"\(\s*(?:화면|영상)\s*(?:제공|출처)\s*[:：=]\s*[^)]{1,20}\)$",  # [영상] …, (화면제공: 오름시)
        r"\.\s+\S[^.]{0,20}\s제공\.?$",                                  # 도청 전경. 누리특별자치도 제공
        r"(?:모습|전경|조감도|투시도)\.\s*[가-힣A-Za-z0-9]{2,12}$",             # 본관 전경. 한빛뉴스: the picture's credit, one word
        # pictures named by what they show, nothing else: 질병관리본부전경 보건복지부전경 (two images' alt text)
        r"^(?:[가-힣A-Za-z0-9·]{2,20}\s?(?:전경|조감도|투시도)\s*){1,3}$",
        r"[.다]\s+사진은\s[^.]{2,60}(?:모습|사진|장면|전경)\.?$",            # … 출범을 알렸다. 사진은 출범식 단체 사진.
        # the credit in brackets after the caption: … 조감도. [청운군 제공. 재판매 및 DB 금지]
        r"[.\s][\[〔(]\s*[^\[\]()〔〕]{1,30}?\s제공\s*(?:[.,]\s*재판매\s*및\s*DB\s*금지)?\s*[\]〕)]$",
        # ▲ over who is doing what in the photo: ▲ 이사장(왼쪽 세 번째)과 … 기념촬영을 하고 있다.
        # (with the table's bar after it, or the credit in brackets: … 기념사를 하고 있다. <한국동서발전>)
        r"^[▲△]\s*\S.{4,200}(?:고\s*있다|는\s*모습(?:이다)?|한\s*모습(?:이다)?)\s*\.?\s*(?:<[^<>]{1,20}>|\[[^\[\]]{1,20}\]|\([^()]{1,20}\))?\s*\|?$",
        # [사진1] …, [사진 설명] …, (사진) …, ※ 사진: …; a bare [사진] only alone or over what the photo shows (a
        # sentence, or its credit closing it): [사진] 가온시, 어린이 교통안전 캠페인 is a photo story's title
        r"^[\[<〈【(]\s*사진\s*(?:\d+\s*(?:설명)?|설명)\s*[\]>〉】)]", r"^※\s*사진\s*\d*\s*[:：]",
        r"^\(\s*사진\s*\)", r"^[\[<〈【]\s*사진\s*[\]>〉】](?:\s*$|.*(?:다|음|중|[.)）]|[ⓒ©]\s*\S{1,20}|제공)\s*$)",
        r"^\[(?=[^\[\]]*사진)(?=[^\[\]]*[.,])[^\[\]]{25,}\]$",   # [2026년 … 시상식 단체사진. 홍길동 교수, … (좌측부터)]: a whole caption in brackets
        r"^↑{1,2}\s*\S",   # ↑↑ 한빛시립도서관, …: a caption pointing up at its photo
        r"^[▲△]?\s*[가-힣A-Za-z0-9]+(?:_[가-힣A-Za-z0-9]+){2,}(?:\s+[가-힣A-Za-z0-9]+)?(?:\.(?:jpe?g|png|gif))?$",   # ▲ 삼산1동_영성마을_시설_건립 기공식: the photo's file name
        r"^[^.!?]{4,40}\s(?:사진|이미지|포스터|웹\s*포스터|조감도|인포그래픽|카드\s*뉴스|리플릿)$",  # an image's alt text: 드론쇼 리허설 사진, 교육 포스터
        r"^[*※]?\s*사진\s*설명\s*[:：]", r"^(?:사진|이미지)\s*설명을\s*입력(?:하세요|해\s*주세요)\.?$",   # a blog editor's empty caption
        # a scene described, as under a photo: … 산책로를 순찰하는 모습
        r"^[^.!?]{4,80}[가-힣](?:는|던|한)\s*모습\s*\.?$",
        # who stands where in the photo: (왼쪽부터) …, 사진 오른쪽 두 번째 …
        r"^[(\[]?\s*(?:사진\s*)?(?:맨\s*)?(?:왼쪽|오른쪽|좌측|우측|앞줄|뒷줄|가운데)\s*(?:부터|에서\s*(?:두|세|네|다섯)?\s*번째)\s*[)\]]?\s*\S",
        r"^[(\[]\s*(?:윗줄|아랫줄|앞줄|뒷줄)\s*(?:왼쪽|오른쪽|가운데)\s*(?:부터)?\s*[)\]]\s*\S",   # (윗줄 왼쪽) 홍길동 …, (아랫줄 왼쪽) …: a group photo's rows
        # a profile photo's caption: a person and their post or committee, nothing said (▲ 홍길동 의원(복지위원회))
        r"^[▲△]\s*[가-힣]{2,4}\s*(?:[가-힣]{1,6}\s*)?\([^()]{2,30}\)$",
        # … or the person's organisation and post after the marker, nothing said (▲ 한결대병원 소아과 윤지아 교수)
        r"^[▲△]\s*(?:[가-힣A-Za-z·]+\s+){1,5}[가-힣]{2,4}\s*(?:교수|원장|병원장|시장|군수|구청장|도지사|지사|의원|이사장|"
        r"사장|대표|회장|총장|장관|차관|청장|본부장|센터장|소장|교육감|국장|과장|팀장)$",
        r"^[\[(〔]\s*[^\]\)]{2,30}\s*제공\.?(?:\s*재판매\s*및\s*DB\s*금지)?\s*[\])〕]$",    # [대전 서구 제공. 재판매 및 DB 금지]
        # a wire photo's caption, closed by its resale notice however it is written: … 위촉식을 가졌다. *재판매 및 DB 금지
        r"[.)\]]\s*[*※]?\s*\(?재판매\s*및\s*(?:DB|디비)\s*금지\)?\s*$",
    ),
    note_blocks=_rx(r"^(?:참고|알림)\s*[:：]?$", r"^<\s*참\s*고\s*>$",
                    # ※ 현장 사진 별도 배포 예정, ※ 자세한 내용은 첨부된 자료를 참고: notes to the desk, not the story
                    r"^※.{0,20}사진.{0,20}(?:배포|첨부|제공|참고)", r"^※.{0,40}(?:첨부|별첨|붙임)\S*\s*(?:된\s*)?(?:자료|파일|참고)"),
    # < 보도 내용 (한겨레, 5.20) >, < 보도 주요 내용 >: what the media reported, quoted by an explanation release
    report_box_labels=_rx(r"^[<〈\[]?\s*(?:언론\s*)?(?:보도|기사)\s*(?:주요\s*)?내용"),
    appendix_labels=_rx(r"^[\[<(]?\s*(?:붙\s*임|별\s*첨|참\s*고|첨\s*부)\s*\d{0,2}\s*[\]>)]?\s*[.:：]?$"),
    appendix_headings=_rx(r"^[\[<(]?\s*(?:붙\s*임|별\s*첨|참\s*고)\s*\d{1,2}\s*[\]>)]?\s*[.:：]?\s*[^\s\d.]\S*(?:\s+\S+){0,5}$",
                          # the label set apart in brackets needs no number: [참고] 연구 성과 요약, <붙임> 행사 개요
                          r"^[\[<(【〈]\s*(?:붙\s*임|별\s*첨|참\s*고)\s*[\]>)】〉]\s*[.:：]?\s*[^\s\d.]\S*(?:\s+\S+){0,5}$",
                          # one annex, no number: 붙임 2024년 그늘막 쉼터 설치 현황 over its table (a sentence is no heading)
                          r"^(?:붙\s*임|별\s*첨|참\s*고)\s*[.:：]?\s+(?!.*[다요]\.?\s*$)\S+(?:\s+\S+){1,7}$",
                          # the annexes of a research release: [연구 결과 개요], [용어 설명], [연구진 이력]
                          r"^[\[<(【〈]\s*(?:연\s*구\s*(?:결\s*과\s*)?(?:개\s*요|요\s*약)|용\s*어\s*(?:설\s*명|해\s*설)|"
                          r"연\s*구\s*진\s*(?:이\s*력|소\s*개)|그\s*림\s*설\s*명|논\s*문\s*정\s*보)\s*[\]>)】〉]$",
                          # the same alone on a line, heading a box drawn in text (│ 논문 정보 / │ 논문명: …)
                          r"^(?:논\s*문\s*정\s*보|용\s*어\s*(?:설\s*명|해\s*설)|연\s*구\s*진\s*(?:이\s*력|소\s*개))$"),
    titles=tuple(sorted("""
        주무관 사무관 서기관 부이사관 이사관 과장 팀장 국장 실장 차장 부장 본부장 단장 센터장 소장 원장 청장 처장
        관장 계장 주임 주사 담당 담당관 연구관 연구사 연구원 전문관 전문위원 실무관 행정관 대변인 부대변인 대리 사원
        선임 책임 수석 위원 위원장 의원 부시장 시장 구청장 군수 도지사 장관 차관 비서관 보좌관 홍보관 파트장 매니저 주임관
        주사보 서기 서기보 지도관 지도사 농촌지도관 농촌지도사 장학관 장학사 교육연구관 교육연구사 교감 교장 공보관 감사관 전문경력관
        치안감 경무관 총경 경정 경감 경위 경사 경장 순경 소방감 소방준감 소방정 소방령 소방경 소방위 소방장 소방교 소방사
        연구위원 선임연구위원 책임연구원 선임연구원 수석연구원 전임연구원 교수 부교수 조교수 연구교수 간호사 수간호사
        검사 부장검사 차장검사 검사장 인권보호관 수사관 검찰수사관 판사 공보판사 정책지원관 입법조사관
        공업연구사 공업연구관 농업연구사 농업연구관 임업연구사 임업연구관 보건연구사 보건연구관 환경연구사 환경연구관
        수의연구사 수의연구관 기상연구사 기상연구관 해양수산연구사 해양수산연구관 학예연구사 학예연구관 학예사
        """.split(), key=len, reverse=True)),
    department_suffixes=("담당관실", "담당관", "위원회", "사업본부", "본부", "센터", "사업소", "과", "국", "실", "청", "처",
                         "원", "부", "단", "관", "소", "공단", "공사", "재단"),
    team_suffixes=("팀", "반", "계", "TF", "tf", "파트"),
    sentence_end=AtLineEnd(r"(?:[.!?。…]|다|요|음|함|임|됨|[.!?][\"'”’」』)\]]|[\"'”’」』])\s*$"),
    continuation_start=fastre.compile(
        r"^(?:하(?!지만|지\s?만|나\b)|했|한다|한\s|할|함|해(?!서울|외|당)|되|된|될|됐|됨|시켜|시킨|"
        r"(?:을|를|은|는|이|가|의|에|와|과|로|으로|에서|에게|까지|부터|라고|이라고|이며|며|고|도|만)(?=[\s,.]))"),
    # endings no sentence or title stops at; 의/과/와/을 are left out because nouns end in them too (논의, 결과, 마을)
    dangling_end=AtLineEnd(r"(?:[가-힣](?:를|에게|하고|하며|하여|하면서|이며|면서|으며|다고|라고)|\s및|[^\s]\s*[,·])\s*$"),
    verb_left_open=None,  # its titles stay open on particles and endings: dangling_end and KO_LEFT_OPEN
    stopwords=frozenset("및 등 위해 대한 통해 있는 있다 밝혔다 했다 이번 이날 또한 한편 그리고 올해 지난 오는".split()),
    issuer_name=fastre.compile(
        r"^[가-힣·ㆍ ]{2,24}(?:부|청|처|원|시|도|군|구|본부|위원회|공단|공사|재단|센터|의회|경찰서|소방서|대학교|"
        r"박물관|미술관|도서관|과학관|기념관|문화관|"
        r"시민연대|연대|연합|협의회|운동본부|노동조합|노조|시민행동|연합회)$"
        # the issuer and the office that wrote the release: 소양시 국제교류과, 환경부 대변인실
        r"|^[가-힣]{1,12}(?:부|청|처|원|시|도|군|구|본부|공단|공사)\s+[가-힣]{2,14}(?:과|국|실|팀|담당관|사업소)$"),
    # words that are grammar on their own; the rest of the cue is the ending below
    function_words=frozenset("및 등 또는 또한 그리고 하지만 그러나 이에 이를 이번 이날 위해 통해 대해 따라 함께 위한 대한 있는 있다".split()),
    # a word closed by a particle or a verb ending: 시민들이, 공원을, 서울에서, 운영한다, 밝혔다, 있으며, 위해
    function_ending=fastre.compile(
        r"(?:은|는|이|가|을|를|에|에서|에게|께|으로|로|의|와|과|도|만|까지|부터|보다|처럼|이며|며|고|면|서|"
        r"다|요|해|한|할|된|될|던|라고|지만|으며|으나|니다|습니다)[\"'”’」』)\]]*[.,!?]?$"),
    fact_labels=_rx(r"^(?:일\s*시|일\s*자|장\s*소|대\s*상|내\s*용|기\s*간|주\s*최|주\s*관|참\s*석|방\s*법|신\s*청|접\s*수|"
                    r"규\s*모|예\s*산|위\s*치|시\s*간)\s*[:：]?(?:\s|$)"),
)

# Telephone area codes by region, for a number written without one (2133-5212 in a Seoul release is
# 02-2133-5212). A region counts only as a city or province name (서울시, 서울특별시, 경기도), never a bare word.
AREA_CODES = {
    "02": r"서울(?:특별)?시", "051": r"부산(?:광역)?시", "053": r"대구(?:광역)?시", "032": r"인천(?:광역)?시",
    "062": r"광주광역시", "042": r"대전(?:광역)?시", "052": r"울산(?:광역)?시", "044": r"세종(?:특별자치)?시",
    "031": r"경기도", "033": r"강원(?:특별자치)?도", "043": r"충청북도|충북도", "041": r"충청남도|충남도",
    "063": r"전라북도|전북(?:특별자치)?도", "061": r"전라남도|전남도", "054": r"경상북도|경북도",
    "055": r"경상남도|경남도", "064": r"제주(?:특별자치)?도",
}
