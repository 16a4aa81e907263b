<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>AddBuyerCommand</name>
    <message>
        <source>Add buyer %1</source>
        <translation>구매자 %1 추가</translation>
    </message>
</context>
<context>
    <name>AddChecklistItemCommand</name>
    <message>
        <source>Add “%1” to the checklist</source>
        <translation>체크리스트에 “%1” 추가</translation>
    </message>
    <message>
        <source>A checklist item needs a text.</source>
        <translation>체크리스트 항목에는 내용이 있어야 합니다.</translation>
    </message>
</context>
<context>
    <name>AddDefaultQuestionsCommand</name>
    <message>
        <source>Add the default supplier questions</source>
        <translation>기본 출판사 확인 질문 추가</translation>
    </message>
    <message>
        <source>The checklist already asks every default question.</source>
        <translation>체크리스트에 기본 질문이 이미 모두 있습니다.</translation>
    </message>
</context>
<context>
    <name>AddExpenseCommand</name>
    <message>
        <source>Add payment of %1 to the supplier</source>
        <translation>판매처에 %1 지급 기록</translation>
    </message>
    <message>
        <source>Add shipping cost of %1</source>
        <translation>배송비 %1 기록</translation>
    </message>
    <message>
        <source>Add cost of %1</source>
        <translation>지출 %1 기록</translation>
    </message>
</context>
<context>
    <name>AddPaymentCommand</name>
    <message>
        <source>Add refund of %1 to %2</source>
        <translation>%2 님께 %1 환불 기록</translation>
    </message>
    <message>
        <source>Add payment of %1 from %2</source>
        <translation>%2 님 입금 %1 기록</translation>
    </message>
</context>
<context>
    <name>AddPersonCommand</name>
    <message>
        <source>Add person %1</source>
        <translation>%1 님 명부에 추가</translation>
    </message>
</context>
<context>
    <name>AddReminderCommand</name>
    <message>
        <source>Add reminder “%1”</source>
        <translation>알림 “%1” 추가</translation>
    </message>
    <message>
        <source>A reminder needs a text.</source>
        <translation>알림에는 내용이 있어야 합니다.</translation>
    </message>
    <message>
        <source>A reminder needs a due time.</source>
        <translation>알림에는 시각이 있어야 합니다.</translation>
    </message>
</context>
<context>
    <name>AssignDepositCommand</name>
    <message>
        <source>Unassign %1 from %2</source>
        <translation>%2 님 입금 %1 배정 취소</translation>
    </message>
    <message>
        <source>Reassign %1 from %2 to %3</source>
        <translation>%2 님 입금 %1을(를) %3 님에게 다시 배정</translation>
    </message>
    <message>
        <source>Assign %1 from %2 to %3</source>
        <translation>%2 님 입금 %1을(를) %3 님에게 배정</translation>
    </message>
</context>
<context>
    <name>CreateRoundCommand</name>
    <message>
        <source>Create round %1</source>
        <translation>공구 %1 만들기</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>MMM d</source>
        <translation>M월 d일</translation>
    </message>
    <message>
        <source>Payment state</source>
        <translation>입금 상태</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n buyer(s) (%2%)</source>
        <translation>
            <numerusform>%1: %n명 (%2%)</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment state — no buyers yet</source>
        <translation>입금 상태 — 아직 구매자 없음</translation>
    </message>
    <message>
        <source>Applications so far</source>
        <translation>신청 현황</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>구매자</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>부수</translation>
    </message>
    <message>
        <source>Closing day</source>
        <translation>신청 마감일</translation>
    </message>
    <message>
        <source>Copies per item</source>
        <translation>품목별 부수</translation>
    </message>
    <message>
        <source>Money collected</source>
        <translation>입금 현황</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>입금액</translation>
    </message>
    <message>
        <source>Amount due %1</source>
        <translation>청구액 %1</translation>
    </message>
    <message>
        <source>Payment due</source>
        <translation>입금 기한</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Demo workspace written</source>
        <translation>데모 장부를 만들었습니다</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Planning</source>
        <translation>준비 중</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>모집 중</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>모집 마감</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>발주 완료</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>입고 완료</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>정산 완료</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>round status</comment>
        <translation>취소된 공구</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>관심</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>신청</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>order status</comment>
        <translation>취소</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>택배</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>현장 수령</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>미입금</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>일부 입금</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>입금 완료</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>초과 입금</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>환불 완료</translation>
    </message>
    <message>
        <source>1 buyer</source>
        <translation>1명</translation>
    </message>
    <message>
        <source>%1 buyers</source>
        <translation>%1명</translation>
    </message>
    <message>
        <source>1 copy</source>
        <translation>1권</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <translation>%1권</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>직접 입력</translation>
    </message>
    <message>
        <source>Bank statement</source>
        <translation>은행 거래내역</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>계좌이체</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>payment method</comment>
        <translation>기타</translation>
    </message>
    <message>
        <source>Supplier</source>
        <comment>expense kind</comment>
        <translation>판매처</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>배송비</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>expense kind</comment>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Print Preview — %1</source>
        <translation>인쇄 미리 보기 — %1</translation>
    </message>
</context>
<context>
    <name>EditChecklistItemCommand</name>
    <message>
        <source>Reword “%1”</source>
        <translation>“%1” 내용 수정</translation>
    </message>
    <message>
        <source>A checklist item needs a text.</source>
        <translation>체크리스트 항목에는 내용이 있어야 합니다.</translation>
    </message>
    <message>
        <source>The text is the same as before.</source>
        <translation>내용이 전과 같습니다.</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Undo: %1</source>
        <translation>실행 취소: %1</translation>
    </message>
</context>
<context>
    <name>EditPersonCommand</name>
    <message>
        <source>Edit person %1</source>
        <translation>%1 님 정보 수정</translation>
    </message>
</context>
<context>
    <name>EditRoundCommand</name>
    <message>
        <source>Edit round %1</source>
        <translation>공구 %1 수정</translation>
    </message>
</context>
<context>
    <name>IgnoreDepositCommand</name>
    <message>
        <source>Ignore %1 from %2</source>
        <translation>%2 님 입금 %1 제외</translation>
    </message>
    <message>
        <source>Restore %1 from %2</source>
        <translation>%2 님 입금 %1 되살리기</translation>
    </message>
</context>
<context>
    <name>ImportApplicationsCommand</name>
    <message numerus="yes">
        <source>Import %n application(s) into %1</source>
        <translation>
            <numerusform>%1에 신청 %n건 가져오기</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportBankStatementCommand</name>
    <message>
        <source>Import bank statement: %1 matched, %2 to review</source>
        <translation>은행 거래내역 가져오기: 매칭 %1건, 확인 필요 %2건</translation>
    </message>
</context>
<context>
    <name>ImportTrackingCommand</name>
    <message>
        <source>Import 1 tracking number</source>
        <translation>송장번호 1개 가져오기</translation>
    </message>
    <message>
        <source>Import %1 tracking numbers</source>
        <translation>송장번호 %1개 가져오기</translation>
    </message>
</context>
<context>
    <name>MainWindowMenus</name>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>새 장부(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty workspace file and open it in a new window</source>
        <translation>빈 장부 파일을 만들어 새 창에서 엽니다</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>장부 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another workspace file in a new window</source>
        <translation>다른 장부 파일을 새 창에서 엽니다</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 장부(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>창 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Close this workspace's window</source>
        <translation>이 장부의 창을 닫습니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Close every window</source>
        <translation>모든 창을 닫습니다</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <source>Search the buyers, payments and people shown</source>
        <translation>보이는 구매자, 입금, 명부를 검색합니다</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;New Round…</source>
        <translation>새 공구(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a new group-buy round</source>
        <translation>새 공동구매를 시작합니다</translation>
    </message>
    <message>
        <source>&amp;Edit Round…</source>
        <translation>공구 수정(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected round's details and items</source>
        <translation>선택한 공구의 정보와 품목을 수정합니다</translation>
    </message>
    <message>
        <source>&amp;About Gonggu</source>
        <translation>Gonggu 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Show Gonggu's version</source>
        <translation>Gonggu 버전을 보여 줍니다</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>Show the Qt version Gonggu runs on</source>
        <translation>Gonggu가 쓰는 Qt 버전을 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>공구(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>주문(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>입금(&amp;P)</translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation>명부(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>&amp;Import Applications…</source>
        <translation>신청 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Add or update the round's orders from a form's CSV or XLSX export</source>
        <translation>신청 폼의 CSV 또는 XLSX 파일로 이 공구의 주문을 추가하거나 갱신합니다</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the publisher's order list, the shipping list or the hand-over sheet as CSV, XLSX or PDF</source>
        <translation>출판사 주문서, 택배 발송 목록, 수령 확인표를 CSV, XLSX, PDF로 저장</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Print one of the round's documents, after a preview</source>
        <translation>공구 문서를 미리 보고 인쇄</translation>
    </message>
    <message>
        <source>Import &amp;Tracking Numbers…</source>
        <translation>송장번호 가져오기(&amp;T)…</translation>
    </message>
    <message>
        <source>Bring the courier's tracking numbers back to the round's orders</source>
        <translation>택배사의 송장번호를 공구 주문에 입력</translation>
    </message>
    <message>
        <source>Open &amp;Shared Workspace…</source>
        <translation>공유 장부 열기(&amp;S)…</translation>
    </message>
    <message>
        <source>Open a workspace that several coordinators share on a PostgreSQL server</source>
        <translation>여러 진행자가 PostgreSQL 서버에서 함께 쓰는 장부를 엽니다</translation>
    </message>
    <message>
        <source>Change &amp;History…</source>
        <translation>변경 기록(&amp;H)…</translation>
    </message>
    <message>
        <source>List the changes recorded in this workspace: when, by whom, in which round</source>
        <translation>이 장부에 기록된 변경을 언제, 누가, 어느 공구에서 했는지 보여 줍니다</translation>
    </message>
    <message>
        <source>Choose the language and the name your changes are recorded under</source>
        <translation>언어와 변경 기록에 남길 이름을 고릅니다</translation>
    </message>
</context>
<context>
    <name>MarkDeliveredCommand</name>
    <message>
        <source>Mark the order of %1 shipped</source>
        <translation>%1 님 주문 발송 완료 표시</translation>
    </message>
    <message>
        <source>Mark %1 orders shipped</source>
        <translation>주문 %1건 발송 완료 표시</translation>
    </message>
    <message>
        <source>Mark the order of %1 handed over</source>
        <translation>%1 님 주문 전달 완료 표시</translation>
    </message>
    <message>
        <source>Mark %1 orders handed over</source>
        <translation>주문 %1건 전달 완료 표시</translation>
    </message>
</context>
<context>
    <name>MarkSentCommand</name>
    <message>
        <source>Mark the message to %1 as sent (%2)</source>
        <translation>%1님께 보낸 메시지를 보냄으로 표시 (%2)</translation>
    </message>
    <message>
        <source>Mark %1 messages as sent (%2)</source>
        <translation>메시지 %1개를 보냄으로 표시 (%2)</translation>
    </message>
    <message>
        <source>No message to mark as sent.</source>
        <translation>보냄으로 표시할 메시지가 없습니다.</translation>
    </message>
</context>
<context>
    <name>MessageText</name>
    <message>
        <source>Application confirmed</source>
        <translation>신청 확인</translation>
    </message>
    <message>
        <source>Progress post</source>
        <translation>신청 현황 공지</translation>
    </message>
    <message>
        <source>Payment request</source>
        <translation>입금 안내</translation>
    </message>
    <message>
        <source>Unpaid reminder</source>
        <translation>미입금 재안내</translation>
    </message>
    <message>
        <source>Re-confirm interest</source>
        <translation>신청 의사 확인</translation>
    </message>
    <message>
        <source>Shipping notice</source>
        <translation>발송 안내</translation>
    </message>
    <message>
        <source>Meetup hand-over</source>
        <translation>모임 전달 안내</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>문자</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>직접 만나서</translation>
    </message>
    <message>
        <source>Nobody has applied yet: a confirmation goes to applied and confirmed orders.</source>
        <translation>아직 신청한 사람이 없습니다. 신청 확인은 신청·확정된 주문에 보냅니다.</translation>
    </message>
    <message>
        <source>The progress post goes to the whole community, not to one buyer: copy it and post it in the group chat.</source>
        <translation>신청 현황은 한 사람이 아니라 커뮤니티 전체에 올리는 글입니다. 복사해서 단체 채팅방에 올리세요.</translation>
    </message>
    <message>
        <source>No confirmed buyer owes money: nobody needs the payment details.</source>
        <translation>입금할 금액이 남은 확정 구매자가 없습니다. 입금 안내를 보낼 사람이 없습니다.</translation>
    </message>
    <message>
        <source>Every confirmed buyer has paid: nobody to remind.</source>
        <translation>확정된 구매자 모두 입금했습니다. 다시 안내할 사람이 없습니다.</translation>
    </message>
    <message>
        <source>No order is waiting at “interested”: nobody to ask again.</source>
        <translation>‘관심’ 상태로 남은 주문이 없습니다. 다시 물어볼 사람이 없습니다.</translation>
    </message>
    <message>
        <source>No courier order has a tracking number yet: add one on the Orders page.</source>
        <translation>송장번호가 입력된 택배 주문이 아직 없습니다. 주문 탭에서 입력하세요.</translation>
    </message>
    <message>
        <source>No confirmed pick-up order is waiting to be handed over.</source>
        <translation>전달을 기다리는 확정된 직접 수령 주문이 없습니다.</translation>
    </message>
    <message>
        <source>the buyer's nickname (their name when they have none)</source>
        <translation>구매자 닉네임 (없으면 이름)</translation>
    </message>
    <message>
        <source>the buyer's real name</source>
        <translation>구매자 실명</translation>
    </message>
    <message>
        <source>the titles the buyer ordered, comma-separated</source>
        <translation>구매자가 주문한 책 제목 (쉼표로 구분)</translation>
    </message>
    <message>
        <source>one line per title with its copies</source>
        <translation>책마다 한 줄씩, 권수와 함께</translation>
    </message>
    <message>
        <source>how many copies the buyer ordered</source>
        <translation>구매자가 주문한 권수</translation>
    </message>
    <message>
        <source>what the buyer still owes</source>
        <translation>구매자가 아직 입금할 금액</translation>
    </message>
    <message>
        <source>the buyer's whole amount due</source>
        <translation>구매자가 낼 전체 금액</translation>
    </message>
    <message>
        <source>what the buyer has paid</source>
        <translation>구매자가 입금한 금액</translation>
    </message>
    <message>
        <source>the parcel's tracking number</source>
        <translation>택배 송장번호</translation>
    </message>
    <message>
        <source>the round's title</source>
        <translation>공구 제목</translation>
    </message>
    <message>
        <source>the publisher or supplier</source>
        <translation>출판사(공급처)</translation>
    </message>
    <message>
        <source>the bank account to pay into</source>
        <translation>입금 계좌</translation>
    </message>
    <message>
        <source>the payment due date</source>
        <translation>입금 기한</translation>
    </message>
    <message>
        <source>the day applications close</source>
        <translation>신청 마감일</translation>
    </message>
    <message>
        <source>the day the books arrive</source>
        <translation>책 도착일</translation>
    </message>
    <message>
        <source>the hand-over meetup's date and time</source>
        <translation>전달 모임 날짜와 시간</translation>
    </message>
    <message>
        <source>the meetup place</source>
        <translation>모임 장소</translation>
    </message>
    <message>
        <source>how many people have ordered</source>
        <translation>신청한 사람 수</translation>
    </message>
    <message>
        <source>how many copies the round has in all</source>
        <translation>공구 전체 권수</translation>
    </message>
</context>
<context>
    <name>OrderCells</name>
    <message>
        <source>Confirmed on %1</source>
        <translation>%1 확정</translation>
    </message>
    <message>
        <source>Shipped on %1</source>
        <translation>%1 발송</translation>
    </message>
    <message>
        <source>Handed over on %1</source>
        <translation>%1 전달</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>닉네임</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>청구액</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>입금액</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>잔액</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>입금</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>수령</translation>
    </message>
    <message>
        <source>Courier · shipped</source>
        <translation>택배 · 발송됨</translation>
    </message>
    <message>
        <source>Pickup · handed over</source>
        <translation>현장 수령 · 전달됨</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>연체</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1일</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1일</translation>
    </message>
</context>
<context>
    <name>OrdersEditor</name>
    <message>
        <source>None of the selected orders is waiting to be shipped by courier.</source>
        <translation>선택한 주문 중 택배 발송을 기다리는 주문이 없습니다.</translation>
    </message>
    <message>
        <source>None of the selected orders is waiting to be handed over at the meetup.</source>
        <translation>선택한 주문 중 현장 전달을 기다리는 주문이 없습니다.</translation>
    </message>
</context>
<context>
    <name>RemoveChecklistItemCommand</name>
    <message>
        <source>Remove “%1” from the checklist</source>
        <translation>체크리스트에서 “%1” 삭제</translation>
    </message>
</context>
<context>
    <name>RemoveExpenseCommand</name>
    <message>
        <source>Remove payment of %1 to the supplier</source>
        <translation>판매처 지급 %1 삭제</translation>
    </message>
    <message>
        <source>Remove shipping cost of %1</source>
        <translation>배송비 %1 삭제</translation>
    </message>
    <message>
        <source>Remove cost of %1</source>
        <translation>지출 %1 삭제</translation>
    </message>
</context>
<context>
    <name>RemovePersonCommand</name>
    <message>
        <source>Delete person %1</source>
        <translation>%1 님 명부에서 삭제</translation>
    </message>
</context>
<context>
    <name>RemoveReminderCommand</name>
    <message>
        <source>Remove reminder “%1”</source>
        <translation>알림 “%1” 삭제</translation>
    </message>
    <message>
        <source>“%1” comes from the round's dates and cannot be removed: mark it done instead.</source>
        <translation>“%1”은(는) 공구 일정에서 나온 알림이라 삭제할 수 없습니다. 대신 완료로 표시하세요.</translation>
    </message>
</context>
<context>
    <name>ResetTemplateCommand</name>
    <message>
        <source>Reset the wording of “%1” (%2) to the default</source>
        <translation>‘%1’ 문구(%2)를 기본값으로 되돌리기</translation>
    </message>
    <message>
        <source>The round already uses the default wording of “%1”.</source>
        <translation>이 공구는 이미 ‘%1’ 기본 문구를 쓰고 있습니다.</translation>
    </message>
</context>
<context>
    <name>SaveExportTemplateCommand</name>
    <message>
        <source>Save the export template</source>
        <translation>내보내기 템플릿 저장</translation>
    </message>
    <message>
        <source>Save the export template of %1</source>
        <translation>%1 내보내기 템플릿 저장</translation>
    </message>
</context>
<context>
    <name>SaveTemplateCommand</name>
    <message>
        <source>Save the wording of “%1” (%2)</source>
        <translation>‘%1’ 문구(%2) 저장</translation>
    </message>
</context>
<context>
    <name>SetChecklistItemDoneCommand</name>
    <message>
        <source>Tick “%1”</source>
        <translation>“%1” 체크</translation>
    </message>
    <message>
        <source>Untick “%1”</source>
        <translation>“%1” 체크 해제</translation>
    </message>
    <message>
        <source>“%1” is already ticked.</source>
        <translation>“%1”은(는) 이미 체크되어 있습니다.</translation>
    </message>
    <message>
        <source>“%1” is not ticked.</source>
        <translation>“%1”은(는) 체크되어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>SetCopiesCommand</name>
    <message>
        <source>Set copies of %1 for %2 to %3</source>
        <translation>%2 님 %1 수량을 %3권으로 변경</translation>
    </message>
    <message>
        <source>Set copies of %1 to %2</source>
        <translation>%1 님 수량을 %2권으로 변경</translation>
    </message>
</context>
<context>
    <name>SetDeliveryCommand</name>
    <message>
        <source>Set delivery of %1 to %2</source>
        <translation>%1 님 수령 방법을 %2(으)로 변경</translation>
    </message>
    <message>
        <source>This order no longer exists.</source>
        <translation>이 주문은 더 이상 없습니다.</translation>
    </message>
</context>
<context>
    <name>SetOrderStatusCommand</name>
    <message>
        <source>Mark %1 as interested</source>
        <translation>%1 님을 관심으로 표시</translation>
    </message>
    <message>
        <source>Mark %1 buyers as interested</source>
        <translation>구매자 %1명을 관심으로 표시</translation>
    </message>
    <message>
        <source>Mark the order of %1 as applied</source>
        <translation>%1 님 주문을 신청으로 표시</translation>
    </message>
    <message>
        <source>Mark %1 orders as applied</source>
        <translation>주문 %1건을 신청으로 표시</translation>
    </message>
    <message>
        <source>Confirm the order of %1</source>
        <translation>%1 님 주문 확정</translation>
    </message>
    <message>
        <source>Confirm %1 orders</source>
        <translation>주문 %1건 확정</translation>
    </message>
    <message>
        <source>Cancel the order of %1</source>
        <translation>%1 님 주문 취소</translation>
    </message>
    <message>
        <source>Cancel %1 orders</source>
        <translation>주문 %1건 취소</translation>
    </message>
</context>
<context>
    <name>SetReminderDoneCommand</name>
    <message>
        <source>Mark “%1” done</source>
        <translation>“%1” 완료로 표시</translation>
    </message>
    <message>
        <source>Mark “%1” not done</source>
        <translation>“%1” 미완료로 표시</translation>
    </message>
    <message>
        <source>“%1” is already done.</source>
        <translation>“%1”은(는) 이미 완료되었습니다.</translation>
    </message>
    <message>
        <source>“%1” is not done.</source>
        <translation>“%1”은(는) 완료되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>SettlementReport</name>
    <message>
        <source>Amount due</source>
        <translation>청구액</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>받은 돈</translation>
    </message>
    <message>
        <source>Refunds paid</source>
        <translation>환불한 돈</translation>
    </message>
    <message>
        <source>Still owed by buyers</source>
        <translation>미입금</translation>
    </message>
    <message>
        <source>Refunds owed</source>
        <translation>돌려줄 돈</translation>
    </message>
    <message>
        <source>Unmatched deposits</source>
        <translation>주인 없는 입금</translation>
    </message>
    <message>
        <source>Supplier cost</source>
        <translation>판매처 대금</translation>
    </message>
    <message>
        <source>Paid to the supplier</source>
        <translation>판매처에 보낸 돈</translation>
    </message>
    <message>
        <source>Still to pay the supplier</source>
        <translation>판매처에 보낼 돈</translation>
    </message>
    <message>
        <source>Shipping costs</source>
        <translation>배송비 지출</translation>
    </message>
    <message>
        <source>Other costs</source>
        <translation>기타 지출</translation>
    </message>
    <message>
        <source>Left now</source>
        <translation>지금 남은 돈</translation>
    </message>
    <message>
        <source>Left after settling</source>
        <translation>정산 후 남는 돈</translation>
    </message>
    <message>
        <source>What %1 owe for %2 and courier shipping; cancelled orders owe nothing</source>
        <translation>구매자 %1이 %2 값과 택배비로 낼 금액 (취소된 주문은 0원)</translation>
    </message>
    <message>
        <source>Every payment matched to a buyer, cancelled orders' included</source>
        <translation>구매자에게 연결된 입금 전부 (취소된 주문의 입금 포함)</translation>
    </message>
    <message>
        <source>Money already sent back to buyers</source>
        <translation>구매자에게 이미 돌려준 돈</translation>
    </message>
    <message>
        <source>What buyers have still to pay; one buyer's overpayment does not offset another's debt</source>
        <translation>구매자가 아직 내야 할 돈 (한 사람의 초과 입금으로 다른 사람의 미입금을 메우지 않음)</translation>
    </message>
    <message>
        <source>Overpayments and payments on cancelled orders, still to be sent back</source>
        <translation>초과 입금과 취소된 주문의 입금 중 아직 돌려주지 않은 돈</translation>
    </message>
    <message>
        <source>Bank deposits not matched to a buyer yet: counted nowhere until they are</source>
        <translation>아직 구매자와 연결하지 않은 은행 입금: 연결하기 전에는 어디에도 넣지 않음</translation>
    </message>
    <message>
        <source>%1 of the orders not cancelled, at the group unit price</source>
        <translation>취소되지 않은 주문의 %1 × 공구가</translation>
    </message>
    <message>
        <source>Expenses recorded as paid to the supplier</source>
        <translation>판매처에 보낸 돈으로 기록한 지출</translation>
    </message>
    <message>
        <source>Supplier cost - paid to the supplier (never below zero)</source>
        <translation>판매처 대금 - 판매처에 보낸 돈 (0원 아래로 내려가지 않음)</translation>
    </message>
    <message>
        <source>Shipping expenses recorded</source>
        <translation>배송비로 기록한 지출</translation>
    </message>
    <message>
        <source>Other expenses recorded</source>
        <translation>기타로 기록한 지출</translation>
    </message>
    <message>
        <source>Collected - refunds paid - paid to the supplier - shipping - other costs</source>
        <translation>받은 돈 - 환불한 돈 - 판매처에 보낸 돈 - 배송비 지출 - 기타 지출</translation>
    </message>
    <message>
        <source>Left now - refunds owed - still to pay the supplier (what buyers still owe is not counted on)</source>
        <translation>지금 남은 돈 - 돌려줄 돈 - 판매처에 보낼 돈 (미입금은 들어온 것으로 치지 않음)</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>정산</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Amount (won)</source>
        <translation>금액(원)</translation>
    </message>
    <message>
        <source>How it is worked out</source>
        <translation>계산 방법</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>지출</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>SnoozeReminderCommand</name>
    <message>
        <source>Stop snoozing “%1”</source>
        <translation>“%1” 다시 알림 취소</translation>
    </message>
    <message>
        <source>Snooze “%1” until %2</source>
        <translation>“%1” %2까지 미루기</translation>
    </message>
    <message>
        <source>“%1” is done: there is nothing to snooze.</source>
        <translation>“%1”은(는) 완료되어 미룰 것이 없습니다.</translation>
    </message>
    <message>
        <source>Choose a time later than now to snooze until.</source>
        <translation>지금보다 나중 시각을 고르세요.</translation>
    </message>
    <message>
        <source>“%1” is not snoozed.</source>
        <translation>“%1”은(는) 미뤄 둔 알림이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>SplitDepositCommand</name>
    <message>
        <source>Split %1 from %2 between %3</source>
        <translation>%2 님 입금 %1을(를) %3 님에게 나누기</translation>
    </message>
</context>
<context>
    <name>TrackingImport</name>
    <message>
        <source>no tracking number</source>
        <translation>송장번호가 없습니다</translation>
    </message>
    <message>
        <source>'%1' is a number the spreadsheet shortened; format the column as text and export it again</source>
        <translation>'%1'은(는) 스프레드시트가 줄여 쓴 숫자입니다. 열 서식을 텍스트로 바꾸고 다시 내보내 주세요</translation>
    </message>
    <message>
        <source>order '%1' is not an order of this round</source>
        <translation>주문 '%1'은(는) 이 공구의 주문이 아닙니다</translation>
    </message>
    <message>
        <source>order %1 (%2) is picked up at the meetup, not sent by courier</source>
        <translation>주문 %1(%2)은(는) 택배가 아니라 모임에서 받는 주문입니다</translation>
    </message>
    <message>
        <source>no order number, name or phone to find the order by</source>
        <translation>주문을 찾을 주문 번호, 이름, 전화번호가 없습니다</translation>
    </message>
    <message>
        <source>%1 courier orders match %2; add the phone or the order number</source>
        <translation>%2에 맞는 택배 주문이 %1건입니다. 전화번호나 주문 번호를 더해 주세요</translation>
    </message>
    <message>
        <source>%1 courier orders match %2; add the name or the order number</source>
        <translation>%2에 맞는 택배 주문이 %1건입니다. 이름이나 주문 번호를 더해 주세요</translation>
    </message>
    <message>
        <source>%1 picks up at the meetup: set the order to courier delivery first</source>
        <translation>%1 님은 모임에서 받습니다. 먼저 주문을 택배 배송으로 바꿔 주세요</translation>
    </message>
    <message>
        <source>no courier order of this round matches %1</source>
        <translation>이 공구에 %1에 맞는 택배 주문이 없습니다</translation>
    </message>
    <message>
        <source>there are no rows to import</source>
        <translation>가져올 행이 없습니다</translation>
    </message>
    <message>
        <source>no column of tracking numbers found: the header needs one (송장번호, 운송장번호 or Tracking no.) with the order number, name or phone, or give lines of name or phone and the number, separated by a tab</source>
        <translation>송장번호 열을 찾지 못했습니다. 머리글에 송장번호 열(송장번호, 운송장번호 또는 Tracking no.)과 주문 번호, 이름 또는 전화번호 열이 있어야 합니다. 또는 한 줄에 이름이나 전화번호와 송장번호를 탭으로 나누어 적어 주세요</translation>
    </message>
    <message>
        <source>%1 already gets %2 from line %3</source>
        <translation>%1에는 이미 %3번째 줄의 %2이(가) 들어갑니다</translation>
    </message>
    <message>
        <source>order %1 is no longer in the round; plan the import again</source>
        <translation>주문 %1이(가) 더 이상 이 공구에 없습니다. 가져오기를 다시 확인해 주세요</translation>
    </message>
    <message>
        <source>there are no rows under the header (line %1)</source>
        <translation>머리글(%1번째 줄) 아래에 가져올 행이 없습니다</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>workspace '%1' is read-only, so nothing was changed: make the file writable, or work on a copy</source>
        <translation>'%1' 장부가 읽기 전용이라 아무것도 바꾸지 않았습니다. 파일을 쓸 수 있게 하거나 사본에서 작업하세요</translation>
    </message>
    <message>
        <source>'%1' cannot be read as a Gonggu workspace: %2</source>
        <translation>'%1' 파일을 공구 장부로 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot make '%1' private to you</source>
        <translation>'%1' 파일을 본인만 볼 수 있게 설정할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot read '%1': %2</source>
        <translation>'%1' 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>'%1' is not a Gonggu workspace (it is not an SQLite database); it was left untouched</source>
        <translation>'%1' 파일은 공구 장부가 아닙니다(SQLite 데이터베이스가 아니라서 열지 않았습니다). 파일은 그대로 두었습니다</translation>
    </message>
    <message>
        <source>'%1' is an SQLite database of another program, not a Gonggu workspace; it was left untouched</source>
        <translation>'%1' 파일은 다른 프로그램의 SQLite 데이터베이스이며 공구 장부가 아닙니다. 파일은 그대로 두었습니다</translation>
    </message>
    <message>
        <source>'%1' was written by a newer Gonggu (workspace version %2; this version reads up to %3); it was left untouched — please update Gonggu</source>
        <translation>'%1' 파일은 더 새로운 공구로 저장되었습니다(장부 버전 %2, 이 버전은 %3까지 읽을 수 있음). 파일은 그대로 두었습니다. 공구를 업데이트해 주세요</translation>
    </message>
    <message>
        <source>cannot create workspace '%1': the folder '%2' does not exist</source>
        <translation>'%1' 장부를 만들 수 없습니다: '%2' 폴더가 없습니다</translation>
    </message>
    <message>
        <source>cannot create workspace '%1': %2</source>
        <translation>'%1' 장부를 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the backup must go to another file than the workspace itself</source>
        <translation>백업은 장부 파일이 아닌 다른 파일에 저장해야 합니다</translation>
    </message>
    <message>
        <source>cannot write backup '%1': the folder does not exist</source>
        <translation>'%1' 백업을 저장할 수 없습니다: 폴더가 없습니다</translation>
    </message>
    <message>
        <source>cannot write backup '%1': %2</source>
        <translation>'%1' 백업을 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot replace '%1'</source>
        <translation>'%1' 파일을 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>this Gonggu cannot reach PostgreSQL servers: install the package libqt6sql6-psql</source>
        <translation>이 공구 프로그램은 PostgreSQL 서버에 연결할 수 없습니다: libqt6sql6-psql 패키지를 설치해 주세요</translation>
    </message>
    <message>
        <source>the server of '%1' needs a password: %2</source>
        <translation>'%1' 서버에 비밀번호가 필요합니다: %2</translation>
    </message>
    <message>
        <source>cannot connect to the shared workspace '%1': %2</source>
        <translation>공유 장부 '%1'에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the database of '%1' holds another program's tables, not a Gonggu workspace; it was left untouched — give Gonggu an empty database</source>
        <translation>'%1' 데이터베이스에는 다른 프로그램의 테이블이 있어 공구 장부가 아닙니다. 그대로 두었습니다 — 공구에는 빈 데이터베이스를 주세요</translation>
    </message>
    <message>
        <source>the database of '%1' is not a Gonggu workspace; it was left untouched</source>
        <translation>'%1' 데이터베이스는 공구 장부가 아닙니다. 그대로 두었습니다</translation>
    </message>
    <message>
        <source>a shared workspace is backed up on its server (pg_dump); Gonggu makes file backups only of workspace files</source>
        <translation>공유 장부는 서버에서 백업합니다(pg_dump). 공구는 장부 파일만 파일로 백업합니다</translation>
    </message>
    <message>
        <source>%1 was changed by another coordinator after you opened it, so your change was not saved: look at their version and make yours again</source>
        <translation>연 뒤에 다른 진행자가 %1을(를) 바꿔서 내 변경은 저장하지 않았습니다: 바뀐 내용을 보고 다시 고쳐 주세요</translation>
    </message>
    <message>
        <source>the server of '%1' refused the change (read-only, or this login may not write), so nothing was changed</source>
        <translation>'%1' 서버가 변경을 거부해(읽기 전용이거나 이 계정에 쓰기 권한이 없음) 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>other changes kept workspace '%1' busy for too long, so nothing was changed: try again</source>
        <translation>다른 변경이 '%1' 장부를 너무 오래 쓰고 있어 아무것도 바꾸지 않았습니다: 다시 해 주세요</translation>
    </message>
    <message>
        <source>a workspace cannot be copied into itself</source>
        <translation>장부를 자기 자신에게 복사할 수는 없습니다</translation>
    </message>
    <message>
        <source>'%1' (version %2) and '%3' (version %4) are not of the same workspace version</source>
        <translation>'%1'(버전 %2)과 '%3'(버전 %4)은 장부 버전이 서로 다릅니다</translation>
    </message>
    <message>
        <source>'%1' already holds a Gonggu workspace (rounds: %2, people: %3, payments: %4); a workspace is copied only into an empty one, so nothing was changed</source>
        <translation>'%1'에는 이미 공구 장부가 있습니다(공구 %2개, 사람 %3명, 입금 %4건). 장부는 빈 곳에만 복사하므로 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>'%1' is not a valid server address: %2</source>
        <translation>'%1'은(는) 올바른 서버 주소가 아닙니다: %2</translation>
    </message>
    <message>
        <source>'%1' names no database: write it as postgresql://user@host/database</source>
        <translation>'%1'에 데이터베이스 이름이 없습니다: postgresql://사용자@호스트/데이터베이스 형식으로 적어 주세요</translation>
    </message>
    <message>
        <source>'%1' is not a connection option of the server address</source>
        <translation>'%1'은(는) 서버 주소의 연결 옵션이 아닙니다</translation>
    </message>
    <message>
        <source>the connection to the server of '%1' was lost and cannot be made again now (%2): nothing was changed, try again later</source>
        <translation>'%1' 서버와의 연결이 끊겼고 지금은 다시 연결할 수 없습니다(%2). 아무것도 바꾸지 않았습니다. 나중에 다시 해 주세요</translation>
    </message>
    <message>
        <source>the connection to the server of '%1' was lost while the change was being saved, and is made again: look whether the change is there before making it again</source>
        <translation>변경을 저장하는 중에 '%1' 서버와의 연결이 끊겨 다시 연결했습니다. 변경이 저장되었는지 확인한 뒤에 다시 해 주세요</translation>
    </message>
    <message>
        <source>the connection to the server of '%1' was lost and is made again: nothing was changed, try again</source>
        <translation>'%1' 서버와의 연결이 끊겨 다시 연결했습니다. 아무것도 바꾸지 않았습니다. 다시 해 주세요</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <source>Gonggu workspaces (*.gonggu);;All files (*)</source>
        <translation>Gonggu 장부 (*.gonggu);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>새 장부</translation>
    </message>
    <message>
        <source>groupbuy.gonggu</source>
        <translation>공구장부.gonggu</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File &gt; Open Workspace.</source>
        <translation>%1 파일이 이미 있습니다. 다른 이름을 고르거나 파일 &gt; 장부 열기로 여세요.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>장부 열기</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>최근 장부 없음</translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpener</name>
    <message>
        <source>Shared Workspace</source>
        <translation>공유 장부</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Password for %1@%2</source>
        <translation>%1@%2 비밀번호</translation>
    </message>
</context>
<context>
    <name>gonggu::AddBuyerDialog</name>
    <message>
        <source>Add Buyer — %1</source>
        <translation>구매자 추가 — %1</translation>
    </message>
    <message>
        <source>Type a name, nickname or phone to find someone, or a new name</source>
        <translation>이름, 닉네임, 전화번호로 찾거나 새 이름을 입력하세요</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>구매자</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>닉네임(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>전화번호(&amp;P):</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <source> copies</source>
        <translation>권</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>%1 (+%2 shipping)</source>
        <translation>%1 (배송비 +%2)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>상태(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation>수령 방법(&amp;D):</translation>
    </message>
    <message>
        <source>Amount due:</source>
        <translation>청구액:</translation>
    </message>
    <message>
        <source>Add Buyer</source>
        <translation>구매자 추가</translation>
    </message>
    <message>
        <source>Enter the buyer's name, or find them in the directory.</source>
        <translation>구매자 이름을 입력하거나 명부에서 찾으세요.</translation>
    </message>
    <message>
        <source>%1 already has an order in this round: change it in the table.</source>
        <translation>%1 님은 이미 이 공구에 주문이 있습니다. 표에서 고치세요.</translation>
    </message>
    <message>
        <source>The nickname %1 already belongs to %2: pick them from the list, or choose another nickname.</source>
        <translation>닉네임 %1은(는) 이미 %2 님이 쓰고 있습니다. 목록에서 고르거나 다른 닉네임을 정하세요.</translation>
    </message>
    <message>
        <source>Order at least one copy, or set the status to Interested.</source>
        <translation>1권 이상 주문하거나 상태를 관심으로 바꾸세요.</translation>
    </message>
    <message>
        <source>From the directory</source>
        <translation>명부에서</translation>
    </message>
    <message>
        <source>New person: added to the directory</source>
        <translation>새 사람: 명부에 추가됩니다</translation>
    </message>
    <message>
        <source> copy</source>
        <translation>권</translation>
    </message>
</context>
<context>
    <name>gonggu::AssignDepositDialog</name>
    <message>
        <source>Assign Deposit</source>
        <translation>입금 배정</translation>
    </message>
    <message>
        <source>%1 from %2 on %3</source>
        <translation>%3 %2 님 입금 %1</translation>
    </message>
    <message>
        <source>&amp;Remember “%1” as this buyer's depositor name</source>
        <translation>“%1”을(를) 이 구매자의 입금자명으로 기억(&amp;R)</translation>
    </message>
    <message>
        <source>The next statement then matches this name to the buyer by itself</source>
        <translation>다음 거래내역부터는 이 이름을 이 구매자로 자동 매칭합니다</translation>
    </message>
    <message>
        <source>&amp;Buyer:</source>
        <translation>구매자(&amp;B):</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>This round has no buyers yet.</source>
        <translation>이 공구에는 아직 구매자가 없습니다.</translation>
    </message>
    <message>
        <source>Choose a buyer of this round from the list.</source>
        <translation>목록에서 이 공구의 구매자를 고르세요.</translation>
    </message>
    <message>
        <source>Owes %1</source>
        <translation>낼 돈 %1</translation>
    </message>
    <message>
        <source>Owes nothing</source>
        <translation>낼 돈 없음</translation>
    </message>
    <message>
        <source>still owes %1</source>
        <translation>아직 %1 남음</translation>
    </message>
    <message>
        <source>paid in full</source>
        <translation>입금 완료</translation>
    </message>
    <message>
        <source>overpaid by %1</source>
        <translation>%1 초과 입금</translation>
    </message>
    <message>
        <source>%1 now; after this deposit: %2</source>
        <translation>지금 %1, 이 입금 후: %2</translation>
    </message>
</context>
<context>
    <name>gonggu::BackupActions</name>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>지금 백업(&amp;B)…</translation>
    </message>
    <message>
        <source>R&amp;estore from Backup…</source>
        <translation>백업에서 복원(&amp;E)…</translation>
    </message>
    <message>
        <source>Show Backups &amp;Folder</source>
        <translation>백업 폴더 열기(&amp;F)</translation>
    </message>
    <message>
        <source>Save a copy of the whole workspace to a file you choose</source>
        <translation>장부 전체를 원하는 파일로 복사해 둡니다</translation>
    </message>
    <message>
        <source>Put the workspace back as one of its backups holds it</source>
        <translation>장부를 백업해 둔 때의 상태로 되돌립니다</translation>
    </message>
    <message>
        <source>Open the folder where this workspace's automatic backups are kept</source>
        <translation>이 장부의 자동 백업이 보관된 폴더를 엽니다</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>지금 백업</translation>
    </message>
    <message>
        <source>Gonggu workspaces (*.gonggu);;All files (*)</source>
        <translation>Gonggu 장부 (*.gonggu);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>%1에 백업했습니다</translation>
    </message>
    <message>
        <source>Not backed up</source>
        <translation>백업하지 못했습니다</translation>
    </message>
    <message>
        <source>Backups Folder</source>
        <translation>백업 폴더</translation>
    </message>
    <message>
        <source>This workspace's backups are kept in %1</source>
        <translation>이 장부의 백업은 %1에 있습니다</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>자동 백업에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>A shared workspace is backed up on its server, by the server's administrator</source>
        <translation>공유 장부는 서버 관리자가 서버에서 백업합니다</translation>
    </message>
</context>
<context>
    <name>gonggu::BackupsDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>Gonggu backs up %1 whenever it opens it with changes since the last backup. Restoring keeps the workspace as it is now as a backup of its own first, so a restore can be undone.</source>
        <translation>Gonggu는 %1 장부를 열 때 지난 백업 뒤로 바뀐 내용이 있으면 백업을 만듭니다. 복원할 때는 지금 장부를 먼저 따로 백업해 두므로 복원도 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>백업 시각</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>공구</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>구매자</translation>
    </message>
    <message>
        <source>No backups yet: the first one is taken the next time this workspace opens.</source>
        <translation>아직 백업이 없습니다. 다음에 이 장부를 열 때 첫 백업을 만듭니다.</translation>
    </message>
    <message>
        <source>Older automatic backups are deleted when the next one is taken. Copies kept before a restore are never deleted.</source>
        <translation>새 백업을 만들 때 오래된 자동 백업부터 지웁니다. 복원 전에 남긴 사본은 지우지 않습니다.</translation>
    </message>
    <message>
        <source>Automatic backups to &amp;keep:</source>
        <translation>보관할 자동 백업 수(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>복원(&amp;R)…</translation>
    </message>
    <message>
        <source>Other &amp;File…</source>
        <translation>다른 파일(&amp;F)…</translation>
    </message>
    <message>
        <source>Restore from a copy saved elsewhere with Back Up Now</source>
        <translation>‘지금 백업’으로 다른 곳에 저장한 사본에서 복원합니다</translation>
    </message>
    <message>
        <source>Show F&amp;older</source>
        <translation>폴더 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>복원 전</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>the backup of %1</source>
        <translation>%1 백업</translation>
    </message>
    <message>
        <source>Restore from File</source>
        <translation>파일에서 복원</translation>
    </message>
    <message>
        <source>Gonggu workspaces (*.gonggu);;All files (*)</source>
        <translation>Gonggu 장부 (*.gonggu);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Replace the workspace with %1?</source>
        <translation>장부를 %1(으)로 되돌릴까요?</translation>
    </message>
    <message>
        <source>Changes made since then are set aside. The workspace as it is now is kept as a backup first, so you can go back to it.</source>
        <translation>그 뒤에 바뀐 내용은 빠집니다. 지금 장부를 먼저 백업해 두므로 언제든 다시 돌아올 수 있습니다.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>복원할 수 없음</translation>
    </message>
    <message>
        <source>This backup cannot be restored; the workspace is unchanged.</source>
        <translation>이 백업은 복원할 수 없습니다. 장부는 그대로입니다.</translation>
    </message>
</context>
<context>
    <name>gonggu::BankPlanTableModel</name>
    <message>
        <source>Matched</source>
        <translation>자동 매칭</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>이미 가져옴</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Depositor</source>
        <translation>입금자명</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>처리</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>구매자</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>An earlier statement brought this line in</source>
        <translation>앞서 가져온 거래내역에 이미 있는 행입니다</translation>
    </message>
    <message>
        <source>No buyer of the round fits this name or amount</source>
        <translation>이름이나 금액이 맞는 구매자가 없습니다</translation>
    </message>
</context>
<context>
    <name>gonggu::BuyerPicker</name>
    <message>
        <source>Type a name or nickname</source>
        <translation>이름이나 닉네임을 입력하세요</translation>
    </message>
</context>
<context>
    <name>gonggu::ChangeHistoryDialog</name>
    <message>
        <source>Change History</source>
        <translation>변경 기록</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>진행자</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>공구</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경 내용</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>(removed round)</source>
        <translation>(삭제된 공구)</translation>
    </message>
    <message>
        <source>No changes are recorded yet.</source>
        <translation>아직 기록된 변경이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n change(s), newest first.</source>
        <translation>
            <numerusform>최근 변경 %n건, 최신순</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gonggu::ChecklistPanel</name>
    <message>
        <source>Supplier checklist</source>
        <translation>출판사 체크리스트</translation>
    </message>
    <message>
        <source>Applications have closed below the minimum. A notice you can post to the buyers:</source>
        <translation>최소 수량에 못 미친 채 신청이 마감되었습니다. 구매자에게 올릴 안내문:</translation>
    </message>
    <message>
        <source>New item, e.g. ask when the books ship</source>
        <translation>새 항목 (예: 책 발송일 문의)</translation>
    </message>
    <message>
        <source>Add &amp;Item</source>
        <translation>항목 추가(&amp;I)</translation>
    </message>
    <message>
        <source>Add the question or chore typed on the left (Enter)</source>
        <translation>왼쪽에 입력한 질문이나 할 일을 추가합니다 (Enter)</translation>
    </message>
    <message>
        <source>Remove I&amp;tem</source>
        <translation>항목 삭제(&amp;T)</translation>
    </message>
    <message>
        <source>Delete the selected question or chore (Delete)</source>
        <translation>선택한 질문이나 할 일을 삭제합니다 (Delete)</translation>
    </message>
    <message>
        <source>Add Default &amp;Questions</source>
        <translation>기본 질문 추가(&amp;Q)</translation>
    </message>
    <message>
        <source>Add the usual questions for the supplier (tax invoice, shipping, delivery date, minimum quantity, payment, book-price law, stock) that the checklist does not ask yet</source>
        <translation>출판사에 흔히 확인하는 질문(세금계산서, 배송비, 입고일, 최소 수량, 대금 결제, 도서정가제, 서점 재고) 중 체크리스트에 아직 없는 것을 추가합니다</translation>
    </message>
    <message>
        <source>&amp;Copy Notice</source>
        <translation>안내문 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the notice to paste into the group chat or board</source>
        <translation>단톡방이나 게시판에 붙여 넣을 수 있게 안내문을 복사합니다</translation>
    </message>
    <message>
        <source>Nothing to settle with the supplier yet. Add Default Questions lists the usual ones.</source>
        <translation>출판사와 확인할 항목이 아직 없습니다. 기본 질문 추가를 누르면 흔히 묻는 질문이 들어갑니다.</translation>
    </message>
    <message>
        <source>Choose a round to see its checklist.</source>
        <translation>공구를 고르면 체크리스트가 보입니다.</translation>
    </message>
    <message>
        <source>No minimum order quantity is set for this round (Edit Round sets one).</source>
        <translation>이 공구에는 최소 주문 수량이 없습니다 (공구 수정에서 정할 수 있습니다).</translation>
    </message>
    <message>
        <source>Minimum order quantity reached: %1 of %2 copies.</source>
        <translation>최소 주문 수량 달성: %2권 중 %1권.</translation>
    </message>
    <message>
        <source>Minimum order quantity not reached: %1 of %2 copies, %3 short.</source>
        <translation>최소 주문 수량 미달: %2권 중 %1권, %3권 부족.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>바꾸지 못했습니다: %1</translation>
    </message>
    <message>
        <source>A checklist item needs a text: the old one was kept. Remove the item to delete it.</source>
        <translation>항목에는 내용이 있어야 해서 원래 내용을 그대로 두었습니다. 지우려면 항목 삭제를 쓰세요.</translation>
    </message>
</context>
<context>
    <name>gonggu::ContactHistoryList</name>
    <message>
        <source>Sent</source>
        <translation>보낸 때</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>By</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Nothing recorded for this buyer yet. Mark a message as sent to keep it here.</source>
        <translation>이 구매자에게 보낸 기록이 아직 없습니다. 메시지를 보냄으로 표시하면 여기에 남습니다.</translation>
    </message>
</context>
<context>
    <name>gonggu::DashboardCardRow</name>
    <message>
        <source>Buyers</source>
        <translation>구매자</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>입금액</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>미입금</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>입금률</translation>
    </message>
    <message>
        <source>Applications close</source>
        <translation>신청 마감</translation>
    </message>
    <message>
        <source>Payment due</source>
        <translation>입금 기한</translation>
    </message>
    <message>
        <source>Supplier questions</source>
        <translation>출판사 확인 사항</translation>
    </message>
    <message>
        <source>of %1 due</source>
        <translation>청구액 %1 중</translation>
    </message>
    <message>
        <source>of %1 due; %2 waiting to be matched</source>
        <translation>청구액 %1 중; 주인 없는 입금 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln buyer(s) still owe</source>
        <translation>
            <numerusform>%Ln명 미입금</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln buyer(s) paid in full</source>
        <translation>
            <numerusform>%Ln명 중 %1명 완납</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln개 남음</numerusform>
        </translation>
    </message>
    <message>
        <source>all settled</source>
        <translation>모두 확인함</translation>
    </message>
    <message>
        <source>ask before ordering</source>
        <translation>발주 전에 확인하세요</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>today</source>
        <translation>D-day</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>D-%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>D+%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gonggu::DashboardPage</name>
    <message>
        <source>Save as Image…</source>
        <translation>이미지로 저장…</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>이미지 복사</translation>
    </message>
    <message>
        <source>Save the dashboard as a PNG picture, e.g. to post the progress</source>
        <translation>대시보드를 PNG 이미지로 저장합니다 (진행 상황 공유용)</translation>
    </message>
    <message>
        <source>Copy the dashboard as a picture, to paste into a chat or a post</source>
        <translation>대시보드를 이미지로 복사합니다 (채팅이나 게시글에 붙여넣기)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Choose a round to see its dashboard.</source>
        <translation>공구를 고르면 대시보드가 보입니다.</translation>
    </message>
    <message>
        <source>%1 — as of %2</source>
        <translation>%1 — %2 현재</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>차트 복사</translation>
    </message>
    <message>
        <source>Save Chart as Image…</source>
        <translation>차트를 이미지로 저장…</translation>
    </message>
    <message>
        <source>Save as Image</source>
        <translation>이미지로 저장</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Could not save the picture to %1: %2</source>
        <translation>%1에 이미지를 저장하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>gonggu::DepositDetailsPanel</name>
    <message>
        <source>Imported from a statement</source>
        <translation>거래내역에서 가져옴</translation>
    </message>
    <message>
        <source>Matched by name and amount</source>
        <translation>이름과 금액으로 자동 매칭</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>배정 취소</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>나눔</translation>
    </message>
    <message>
        <source>Split undone</source>
        <translation>나눔 취소</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>제외</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>되살림</translation>
    </message>
    <message>
        <source>Depositor name remembered</source>
        <translation>입금자명 기억</translation>
    </message>
    <message>
        <source>Depositor name forgotten</source>
        <translation>입금자명 잊음</translation>
    </message>
    <message>
        <source>Who it may be from:</source>
        <translation>누구의 입금일까요:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>기록:</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>구매자</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>낼 돈</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>나눌 금액</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>The next statement then matches this name to the buyer by itself</source>
        <translation>다음 거래내역부터는 이 이름을 이 구매자로 자동 매칭합니다</translation>
    </message>
    <message>
        <source>When</source>
        <translation>언제</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>자세히</translation>
    </message>
    <message>
        <source>No deposit selected</source>
        <translation>선택한 입금 없음</translation>
    </message>
    <message>
        <source>Choose a deposit on the left to see who it may be from.</source>
        <translation>왼쪽에서 입금을 고르면 누구의 입금인지 추천을 보여 줍니다.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%2 님 입금 %1</translation>
    </message>
    <message>
        <source>ignored: not part of this round</source>
        <translation>제외됨: 이 공구의 입금이 아님</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>%1 님에게 배정됨</translation>
    </message>
    <message>
        <source>waiting for review</source>
        <translation>확인 대기 중</translation>
    </message>
    <message>
        <source>part of a split deposit</source>
        <translation>나눈 입금의 일부</translation>
    </message>
    <message>
        <source>%1 (assigned)</source>
        <translation>%1 (배정됨)</translation>
    </message>
    <message>
        <source>No buyer of the round fits this name or amount: assign it by hand.</source>
        <translation>이름이나 금액이 맞는 구매자가 없습니다. 직접 배정하세요.</translation>
    </message>
    <message>
        <source>One transfer for several buyers:</source>
        <translation>여러 구매자의 입금을 한 번에 보낸 것으로 보입니다:</translation>
    </message>
    <message>
        <source>Re&amp;member “%1” as the buyer's depositor name</source>
        <translation>“%1”을(를) 구매자의 입금자명으로 기억(&amp;M)</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>아직 기록이 없습니다</translation>
    </message>
</context>
<context>
    <name>gonggu::DepositMatcher</name>
    <message>
        <source>name matches</source>
        <translation>이름 일치</translation>
    </message>
    <message>
        <source>remembered name '%1'</source>
        <translation>기억한 입금자명 '%1'</translation>
    </message>
    <message>
        <source>name matches without '%1'</source>
        <translation>'%1'을(를) 빼면 이름 일치</translation>
    </message>
    <message>
        <source>name starts with theirs ('%1' added)</source>
        <translation>이름 뒤에 '%1'이(가) 붙음</translation>
    </message>
    <message>
        <source>but their phone does not end in %1</source>
        <translation>전화번호 끝자리가 %1이(가) 아님</translation>
    </message>
    <message numerus="yes">
        <source>%n buyers share this name</source>
        <translation>
            <numerusform>같은 이름의 구매자 %n명 (동명이인)</numerusform>
        </translation>
    </message>
    <message>
        <source>paid on their behalf</source>
        <translation>다른 사람이 대신 입금</translation>
    </message>
    <message>
        <source>paid on their behalf by %1</source>
        <translation>%1이(가) 대신 입금</translation>
    </message>
    <message>
        <source>has nothing left to pay: a second transfer? (refund due)</source>
        <translation>이미 다 냄: 중복 입금? (환불 필요)</translation>
    </message>
    <message>
        <source>amount is what they owe</source>
        <translation>금액이 낼 돈과 같음</translation>
    </message>
    <message>
        <source>%1 of %2 owed (partial)</source>
        <translation>%2 중 %1 입금 (일부)</translation>
    </message>
    <message>
        <source>%1 is more than the %2 owed</source>
        <translation>%1 입금: 낼 돈 %2보다 많음</translation>
    </message>
    <message>
        <source>exact name and amount</source>
        <translation>이름과 금액이 정확히 일치</translation>
    </message>
    <message>
        <source>pays %1 of it</source>
        <translation>이 중 %1이(가) 본인 몫</translation>
    </message>
    <message numerus="yes">
        <source>owes the other %1 (as do %n other buyers)</source>
        <translation>
            <numerusform>나머지 %1을(를) 낼 사람 (같은 금액 %n명 더 있음)</numerusform>
        </translation>
    </message>
    <message>
        <source>owes the other %1</source>
        <translation>나머지 %1을(를) 낼 사람</translation>
    </message>
    <message>
        <source>one deposit for two buyers? split it</source>
        <translation>두 사람 몫을 한 번에 입금? 나눠서 배정하세요</translation>
    </message>
    <message>
        <source>unknown name; owes exactly %1</source>
        <translation>모르는 이름; 낼 돈이 정확히 %1</translation>
    </message>
    <message>
        <source>no buyer by this name; only %1 owes exactly %2</source>
        <translation>이 이름의 구매자 없음; %2을(를) 낼 사람은 %1뿐</translation>
    </message>
    <message numerus="yes">
        <source>no buyer by this name; %n buyers owe exactly this amount</source>
        <translation>
            <numerusform>이 이름의 구매자 없음; 이 금액을 낼 구매자 %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no buyer by this name; %n buyers owe this amount</source>
        <translation>
            <numerusform>이 이름의 구매자 없음; 이 금액을 낼 구매자가 %n명이라 특정할 수 없음</numerusform>
        </translation>
    </message>
    <message>
        <source>no buyer by this name, and nobody owes %1</source>
        <translation>이 이름의 구매자가 없고 %1을(를) 낼 사람도 없음</translation>
    </message>
    <message>
        <source>₩%1</source>
        <translation>%1원</translation>
    </message>
    <message>
        <source>their name starts with '%1' (cut short?)</source>
        <translation>이름이 '%1'(으)로 시작함 (은행에서 잘림?)</translation>
    </message>
</context>
<context>
    <name>gonggu::DepositsTableModel</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Depositor</source>
        <translation>입금자명</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>구매자</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>제외됨</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>추천: %1</translation>
    </message>
    <message>
        <source>No suggestion</source>
        <translation>추천 없음</translation>
    </message>
</context>
<context>
    <name>gonggu::ExpenseDialog</name>
    <message>
        <source>Add Expense — %1</source>
        <translation>지출 기록 — %1</translation>
    </message>
    <message>
        <source>What it was for, e.g. the invoice number</source>
        <translation>무엇에 쓴 돈인지 (예: 계산서 번호)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>금액(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>Record Expense</source>
        <translation>지출 기록</translation>
    </message>
    <message>
        <source>Enter the amount in won, for example 480,000.</source>
        <translation>금액을 원 단위로 입력하세요 (예: 480,000).</translation>
    </message>
    <message>
        <source>Enter an amount of more than zero: this is money the round spent.</source>
        <translation>0보다 큰 금액을 입력하세요: 이 공구에서 쓴 돈입니다.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>기록하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>gonggu::ExpensesTableModel</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>gonggu::ExportColumnsEditor</name>
    <message>
        <source>Items</source>
        <translation>품목</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>받는 분</translation>
    </message>
    <message>
        <source>Tax invoices</source>
        <translation>세금계산서</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>수령 확인</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <source>Tick the columns to send; drag to reorder; double-click a title to rename it</source>
        <translation>보낼 열을 체크하고, 끌어서 순서를 바꾸고, 제목을 두 번 클릭해 이름을 바꾸세요</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>위로(&amp;U)</translation>
    </message>
    <message>
        <source>Reset to Defaults</source>
        <translation>기본값으로 되돌리기</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>아래로(&amp;W)</translation>
    </message>
</context>
<context>
    <name>gonggu::ExportDialog</name>
    <message>
        <source>Export — %1</source>
        <translation>내보내기 — %1</translation>
    </message>
    <message>
        <source>Order list for the publisher</source>
        <translation>출판사 주문서</translation>
    </message>
    <message>
        <source>Shipping list for the courier</source>
        <translation>택배 발송 목록</translation>
    </message>
    <message>
        <source>Hand-over sheet for the meetup</source>
        <translation>현장 수령 확인표</translation>
    </message>
    <message>
        <source>Every &amp;confirmed order</source>
        <translation>확정된 주문 전체(&amp;C)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>엑셀 통합 문서 (XLSX)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>UTF-8 (opens in Excel)</source>
        <translation>UTF-8 (엑셀에서 열림)</translation>
    </message>
    <message>
        <source>CP949 (older Korean programs)</source>
        <translation>CP949 (예전 프로그램용)</translation>
    </message>
    <message>
        <source>Your name and phone or email, printed at the top</source>
        <translation>문서 위에 인쇄될 이름과 연락처</translation>
    </message>
    <message>
        <source>&amp;Save as this supplier's template</source>
        <translation>이 공급처의 템플릿으로 저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save as the template for %1</source>
        <translation>%1 템플릿으로 저장(&amp;S)</translation>
    </message>
    <message>
        <source>The next export for this supplier starts with these orders, columns and contact</source>
        <translation>다음에 이 공급처로 내보낼 때 지금의 주문 범위, 열, 연락처로 시작합니다</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>문서(&amp;D):</translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation>주문:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>연락처(&amp;O):</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>열:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>1 parcel</source>
        <translation>택배 1건</translation>
    </message>
    <message>
        <source>%1 parcels</source>
        <translation>택배 %1건</translation>
    </message>
    <message>
        <source>1 buyer picking up</source>
        <translation>현장 수령 1명</translation>
    </message>
    <message>
        <source>%1 buyers picking up</source>
        <translation>현장 수령 %1명</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>주문 1건</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>주문 %1건</translation>
    </message>
    <message>
        <source>%1 (1 row)</source>
        <translation>%1 (1행)</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2행)</translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation>열을 하나 이상 체크하세요.</translation>
    </message>
    <message>
        <source>The file was saved, but not the template: %1</source>
        <translation>파일은 저장했지만 템플릿은 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>엑셀 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Saved %1 · &lt;a href="%2"&gt;Open Folder&lt;/a&gt;</source>
        <translation>%1 저장함 · &lt;a href="%2"&gt;폴더 열기&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Only orders p&amp;aid in full</source>
        <translation>입금을 마친 주문만(&amp;A)</translation>
    </message>
</context>
<context>
    <name>gonggu::ImportApplicationsDialog</name>
    <message>
        <source>Import Applications into %1</source>
        <translation>%1에 신청 가져오기</translation>
    </message>
    <message>
        <source>A CSV or XLSX export of the application form</source>
        <translation>신청 폼에서 내보낸 CSV 또는 XLSX 파일</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>파일 선택(&amp;C)…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>열</translation>
    </message>
    <message>
        <source>&amp;Skip the rejected rows</source>
        <translation>거부된 행 건너뛰기(&amp;S)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>가져오면 바뀌는 것</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>거부된 행:</translation>
    </message>
    <message>
        <source>Conflicts with the directory (kept as they were):</source>
        <translation>명부와 다른 내용 (기존 그대로 둠):</translation>
    </message>
    <message>
        <source>Import Applications</source>
        <translation>신청 가져오기</translation>
    </message>
    <message>
        <source>Sheets (*.csv *.xlsx *.xls *.txt *.tsv);;All files (*)</source>
        <translation>시트 (*.csv *.xlsx *.xls *.txt *.tsv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>닉네임</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Copies of %1</source>
        <translation>%1 수량</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>수령</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Depositor</source>
        <translation>입금자명</translation>
    </message>
    <message>
        <source>Tax invoice</source>
        <translation>세금계산서</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Choose a file to see what it would import.</source>
        <translation>파일을 선택하면 무엇을 가져올지 보여 줍니다.</translation>
    </message>
    <message>
        <source>%1 new people, %2 new orders, %3 updated, %4 unchanged, %5 superseded</source>
        <translation>새 사람 %1명, 새 주문 %2건, 변경 %3건, 변경 없음 %4건, 나중 신청으로 대체 %5건</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>%n행 가져오기</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gonggu::ImportBankDialog</name>
    <message>
        <source>Import Bank Statement into %1</source>
        <translation>%1에 은행 거래내역 가져오기</translation>
    </message>
    <message>
        <source>The transaction history your bank exports (CSV, XLSX or XLS)</source>
        <translation>은행에서 내려받은 거래내역 파일 (CSV, XLSX, XLS)</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>파일 선택(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>열 지정(&amp;O)</translation>
    </message>
    <message>
        <source>Say which column of the statement holds what</source>
        <translation>거래내역의 어느 열이 무엇인지 지정합니다</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>거부된 행:</translation>
    </message>
    <message>
        <source>&amp;Skip the rejected rows</source>
        <translation>거부된 행 건너뛰기(&amp;S)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>거래일시</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>거래일자</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>거래시간</translation>
    </message>
    <message>
        <source>Transfer kind</source>
        <translation>적요</translation>
    </message>
    <message>
        <source>Depositor</source>
        <translation>입금자명</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>입금액</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>출금액</translation>
    </message>
    <message>
        <source>Signed amount</source>
        <translation>거래금액</translation>
    </message>
    <message>
        <source>In or out</source>
        <translation>입출금 구분</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>잔액</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>거래점</translation>
    </message>
    <message>
        <source>Import Bank Statement</source>
        <translation>은행 거래내역 가져오기</translation>
    </message>
    <message>
        <source>Bank statements (*.csv *.xlsx *.xls *.txt *.tsv);;All files (*)</source>
        <translation>은행 거래내역 (*.csv *.xlsx *.xls *.txt *.tsv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Choose a statement to see which deposits it would bring in.</source>
        <translation>거래내역 파일을 고르면 어떤 입금을 가져올지 보여 줍니다.</translation>
    </message>
    <message>
        <source>%1 matched · %2 to review · %3 already imported · %4 withdrawals skipped · %5 rejected</source>
        <translation>자동 매칭 %1건 · 확인 필요 %2건 · 이미 가져옴 %3건 · 출금 제외 %4건 · 거부 %5건</translation>
    </message>
    <message>
        <source>Not used: %1</source>
        <translation>쓰지 않는 열: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>Import 1 Deposit</source>
        <translation>입금 1건 가져오기</translation>
    </message>
    <message>
        <source>Import %1 Deposits</source>
        <translation>입금 %1건 가져오기</translation>
    </message>
</context>
<context>
    <name>gonggu::ItemsEditor</name>
    <message>
        <source>Add Item</source>
        <translation>품목 추가</translation>
    </message>
    <message>
        <source>Remove Item</source>
        <translation>품목 삭제</translation>
    </message>
    <message>
        <source>No items yet — add the books this round sells with Add Item.</source>
        <translation>아직 품목이 없습니다 — 품목 추가로 이 공구에서 파는 책을 넣으세요.</translation>
    </message>
</context>
<context>
    <name>gonggu::ItemsTableModel</name>
    <message>
        <source>%1 cannot be removed: %2 ordered. Change those orders first.</source>
        <translation>%1은(는) 삭제할 수 없습니다: %2 주문됨. 먼저 그 주문을 고치세요.</translation>
    </message>
    <message>
        <source>Every item needs a name.</source>
        <translation>모든 품목에 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Two items are named %1; give each its own name.</source>
        <translation>%1(이)라는 품목이 둘입니다. 서로 다른 이름을 붙이세요.</translation>
    </message>
    <message>
        <source>Enter the group price of each item.</source>
        <translation>품목마다 공구가를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the group price of %1.</source>
        <translation>%1의 공구가를 입력하세요.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in won (for example 25,200).</source>
        <translation>“%1”은(는) 원 단위 금액이 아닙니다 (예: 25,200).</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>가격은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>품목</translation>
    </message>
    <message>
        <source>ISBN / SKU</source>
        <translation>ISBN / SKU</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>정가</translation>
    </message>
    <message>
        <source>Group price</source>
        <translation>공구가</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>주문 수량</translation>
    </message>
</context>
<context>
    <name>gonggu::MainWindow</name>
    <message>
        <source>The workspace was upgraded; a backup of the old version is at %1</source>
        <translation>장부를 새 형식으로 바꿨습니다. 이전 버전의 백업: %1</translation>
    </message>
    <message>
        <source>Search names, nicknames, phones (%1)</source>
        <translation>이름, 닉네임, 전화번호 검색 (%1)</translation>
    </message>
    <message>
        <source>%1 outstanding</source>
        <translation>미입금 %1</translation>
    </message>
    <message>
        <source>%1 to refund</source>
        <translation>환불할 돈 %1</translation>
    </message>
    <message>
        <source>%1 in unmatched deposits</source>
        <translation>주인 없는 입금 %1</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln buyer(s) shown</source>
        <translation>
            <numerusform>구매자 %Ln명 중 %L1명 표시</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>장부를 열 수 없습니다</translation>
    </message>
    <message>
        <source>About Gonggu</source>
        <translation>Gonggu 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gonggu %1&lt;/h3&gt;&lt;p&gt;Keeps a community group buy in order: rounds, buyers, copies, payments and refunds, with undo for every edit.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gonggu %1&lt;/h3&gt;&lt;p&gt;커뮤니티 공동구매를 한곳에서 관리합니다: 공구, 구매자, 수량, 입금과 환불. 모든 수정은 실행 취소할 수 있습니다.&lt;/p&gt;&lt;p&gt;장부: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This workspace is open in another Gonggu window (process %1 on %2). Close that window first, or open another workspace.</source>
        <translation>이 장부는 다른 Gonggu 창에서 열려 있습니다(%2의 프로세스 %1). 그 창을 먼저 닫거나 다른 장부를 여세요.</translation>
    </message>
    <message>
        <source>Open Another Workspace…</source>
        <translation>다른 장부 열기…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Restored from %1. The workspace as it was is kept as the backup %2.</source>
        <translation>%1에서 복원했습니다. 복원 전 장부는 백업 %2(으)로 남겨 두었습니다.</translation>
    </message>
    <message>
        <source>Not Restored</source>
        <translation>복원하지 못함</translation>
    </message>
    <message>
        <source>The workspace was not restored and is unchanged.

%1</source>
        <translation>장부를 복원하지 않았습니다. 장부는 그대로입니다.

%1</translation>
    </message>
    <message>
        <source>Your changes to this shared workspace are recorded under this name (Preferences)</source>
        <translation>이 공유 장부에서 바꾼 내용은 이 이름으로 기록됩니다(환경 설정)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>Shared · %1</source>
        <translation>공유 · %1</translation>
    </message>
    <message>
        <source>The workspace was changed elsewhere; shown as it is now</source>
        <translation>다른 곳에서 장부가 바뀌어 지금 내용으로 다시 보여 줍니다</translation>
    </message>
    <message>
        <source>%1 changed the workspace</source>
        <translation>%1 님이 장부를 바꿨습니다</translation>
    </message>
</context>
<context>
    <name>gonggu::MessageChoiceBar</name>
    <message>
        <source>The language the buyers read</source>
        <translation>구매자가 읽을 언어</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>언어(&amp;G):</translation>
    </message>
</context>
<context>
    <name>gonggu::MessagePreview</name>
    <message>
        <source>%1 bytes · SMS (up to %2)</source>
        <translation>%1바이트 · 단문(SMS, %2바이트까지)</translation>
    </message>
    <message>
        <source>%1 bytes · LMS, a long text message (up to %2)</source>
        <translation>%1바이트 · 장문(LMS, %2바이트까지)</translation>
    </message>
    <message>
        <source>%1 bytes · too long for one text message (an LMS holds %2): shorten it or send it another way</source>
        <translation>%1바이트 · 문자 한 통에 다 들어가지 않습니다(장문은 %2바이트까지). 줄이거나 다른 방법으로 보내세요</translation>
    </message>
    <message>
        <source>Email subject: %1</source>
        <translation>이메일 제목: %1</translation>
    </message>
    <message>
        <source>A text message cannot carry “%1”: carriers drop or garble it. Replace it, or send by chat or email.</source>
        <translation>문자로는 ‘%1’을(를) 보낼 수 없습니다. 통신사가 빼거나 깨뜨립니다. 다른 글자로 바꾸거나 채팅·이메일로 보내세요.</translation>
    </message>
    <message>
        <source>No data for %1 here: left empty.</source>
        <translation>%1에 넣을 정보가 없어 비워 두었습니다.</translation>
    </message>
</context>
<context>
    <name>gonggu::MessagesPage</name>
    <message>
        <source>Copy Progress Po&amp;st</source>
        <translation>신청 현황 복사(&amp;S)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Sent to this buyer before</source>
        <translation>이 구매자에게 보낸 기록</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>문구</translation>
    </message>
    <message>
        <source>Copy the round's progress post ("22 people, 27 copies so far") for the community chat</source>
        <translation>커뮤니티 채팅방에 올릴 신청 현황("현재 22명 27권 신청")을 복사합니다</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy this message to paste it anywhere</source>
        <translation>이 메시지를 복사해 어디에든 붙여 넣습니다</translation>
    </message>
    <message>
        <source>E&amp;mail…</source>
        <translation>이메일(&amp;M)…</translation>
    </message>
    <message>
        <source>Open this message in your email program, addressed to the buyer</source>
        <translation>이 메시지를 구매자 주소로 이메일 프로그램에서 엽니다</translation>
    </message>
    <message>
        <source>Te&amp;xt…</source>
        <translation>문자(&amp;X)…</translation>
    </message>
    <message>
        <source>Open this message in your messaging app, addressed to the buyer's phone</source>
        <translation>이 메시지를 구매자 전화번호로 문자 앱에서 엽니다</translation>
    </message>
    <message>
        <source>Mark Se&amp;nt</source>
        <translation>보냄으로 표시(&amp;N)</translation>
    </message>
    <message>
        <source>Record this message as sent, so that a bulk send leaves this buyer out</source>
        <translation>이 메시지를 보낸 것으로 기록합니다. 한꺼번에 보낼 때 이 구매자는 빠집니다</translation>
    </message>
    <message>
        <source>Cop&amp;y Checked</source>
        <translation>선택 복사(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the checked buyers' messages, each under the buyer's name</source>
        <translation>선택한 구매자들의 메시지를 구매자 이름을 붙여 복사합니다</translation>
    </message>
    <message>
        <source>Mark Checked Sent</source>
        <translation>선택 보냄으로 표시</translation>
    </message>
    <message>
        <source>Record the checked buyers' messages as sent</source>
        <translation>선택한 구매자들의 메시지를 보낸 것으로 기록합니다</translation>
    </message>
    <message>
        <source>Choose a round to write its messages.</source>
        <translation>메시지를 쓸 공구를 고르세요.</translation>
    </message>
    <message>
        <source>No round chosen.</source>
        <translation>선택한 공구가 없습니다.</translation>
    </message>
    <message>
        <source>Choose a buyer to see their message.</source>
        <translation>구매자를 고르면 메시지가 보입니다.</translation>
    </message>
    <message>
        <source>Post to the community</source>
        <translation>커뮤니티에 올릴 글</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>받는 사람: %1</translation>
    </message>
    <message>
        <source>Community posts are not kept in a buyer's history.</source>
        <translation>커뮤니티 글은 구매자별 기록에 남지 않습니다.</translation>
    </message>
    <message>
        <source>Cop&amp;y Checked (%1)</source>
        <translation>선택 복사(&amp;Y) (%1)</translation>
    </message>
    <message>
        <source>Mark Checked Sent (%1)</source>
        <translation>선택 보냄으로 표시 (%1)</translation>
    </message>
    <message>
        <source>%1 has no email address in the directory</source>
        <translation>명부에 %1님의 이메일 주소가 없습니다</translation>
    </message>
    <message>
        <source>%1 has no phone number in the directory</source>
        <translation>명부에 %1님의 전화번호가 없습니다</translation>
    </message>
    <message>
        <source>Not sent: unknown placeholder %1.</source>
        <translation>보내지 않았습니다: 알 수 없는 자리표시자 %1.</translation>
    </message>
    <message>
        <source>Copied the community post.</source>
        <translation>커뮤니티 글을 복사했습니다.</translation>
    </message>
    <message>
        <source>Copied the message to %1.</source>
        <translation>%1님께 보낼 메시지를 복사했습니다.</translation>
    </message>
    <message>
        <source>Copied 1 message.</source>
        <translation>메시지 1개를 복사했습니다.</translation>
    </message>
    <message>
        <source>Copied %1 messages.</source>
        <translation>메시지 %1개를 복사했습니다.</translation>
    </message>
    <message>
        <source>No email program opened. Copy the message and paste it instead.</source>
        <translation>이메일 프로그램이 열리지 않았습니다. 메시지를 복사해 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>No messaging app opened. Copy the message and paste it instead.</source>
        <translation>문자 앱이 열리지 않았습니다. 메시지를 복사해 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Opened an email to %1. Mark it sent once it has gone.</source>
        <translation>%1님께 보낼 이메일을 열었습니다. 보낸 뒤에 보냄으로 표시하세요.</translation>
    </message>
    <message>
        <source>Opened a text message to %1. Mark it sent once it has gone.</source>
        <translation>%1님께 보낼 문자를 열었습니다. 보낸 뒤에 보냄으로 표시하세요.</translation>
    </message>
    <message>
        <source>Marked the message to %1 as sent.</source>
        <translation>%1님께 보낸 메시지를 보냄으로 표시했습니다.</translation>
    </message>
    <message>
        <source>Marked %1 messages as sent.</source>
        <translation>메시지 %1개를 보냄으로 표시했습니다.</translation>
    </message>
    <message>
        <source>Copied the progress post: %1</source>
        <translation>신청 현황을 복사했습니다: %1</translation>
    </message>
    <message>
        <source>Saved: this round's “%1” messages use this wording now.</source>
        <translation>저장했습니다. 이제 이 공구의 ‘%1’ 메시지는 이 문구를 씁니다.</translation>
    </message>
    <message>
        <source>Back to the default wording of “%1”.</source>
        <translation>‘%1’ 문구를 기본값으로 되돌렸습니다.</translation>
    </message>
    <message>
        <source>How the messages you mark as sent went out</source>
        <translation>보냄으로 표시한 메시지를 어떤 방법으로 보냈는지</translation>
    </message>
    <message>
        <source>Sen&amp;t by:</source>
        <translation>보낸 방법(&amp;T):</translation>
    </message>
</context>
<context>
    <name>gonggu::OptionalDateEdit</name>
    <message>
        <source>Set a date</source>
        <translation>날짜 지정</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>지정 안 함</translation>
    </message>
</context>
<context>
    <name>gonggu::OrdersBuyerCompleter</name>
    <message>
        <source> (already in this round)</source>
        <translation> (이미 이 공구에 있음)</translation>
    </message>
</context>
<context>
    <name>gonggu::OrdersDelegate</name>
    <message>
        <source>0 removes this item from the order</source>
        <translation>0으로 바꾸면 이 품목이 주문에서 빠집니다</translation>
    </message>
</context>
<context>
    <name>gonggu::OrdersPage</name>
    <message>
        <source>Add &amp;Buyer…</source>
        <translation>구매자 추가(&amp;B)…</translation>
    </message>
    <message>
        <source>Add a buyer to this round, from the directory or new</source>
        <translation>명부에서 고르거나 새로 입력해 이 공구에 구매자를 추가합니다</translation>
    </message>
    <message>
        <source>&amp;Confirm Orders</source>
        <translation>주문 확정(&amp;C)</translation>
    </message>
    <message>
        <source>Confirm the selected orders</source>
        <translation>선택한 주문을 확정합니다</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Orders</source>
        <translation>주문 취소(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel the selected orders; they stay listed and owe nothing</source>
        <translation>선택한 주문을 취소합니다. 목록에는 남고 청구액은 0이 됩니다</translation>
    </message>
    <message>
        <source>Mark &amp;Shipped</source>
        <translation>발송 완료(&amp;S)</translation>
    </message>
    <message>
        <source>Stamp the selected courier orders as shipped today</source>
        <translation>선택한 택배 주문을 오늘 발송한 것으로 표시합니다</translation>
    </message>
    <message>
        <source>Mark &amp;Handed Over</source>
        <translation>전달 완료(&amp;H)</translation>
    </message>
    <message>
        <source>Stamp the selected meetup orders as handed over today</source>
        <translation>선택한 현장 수령 주문을 오늘 전달한 것으로 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Unpaid Only</source>
        <translation>미입금만 보기(&amp;U)</translation>
    </message>
    <message>
        <source>Show only the buyers who still owe money</source>
        <translation>아직 입금할 돈이 남은 구매자만 보여 줍니다</translation>
    </message>
    <message>
        <source>No buyers yet — add one with Add Buyer (%1)</source>
        <translation>아직 구매자가 없습니다 — 구매자 추가(%1)로 넣으세요</translation>
    </message>
    <message>
        <source>No buyer matches “%1”</source>
        <translation>“%1”에 맞는 구매자가 없습니다</translation>
    </message>
    <message>
        <source>Everyone has paid — nobody owes anything</source>
        <translation>모두 입금했습니다 — 미입금자가 없습니다</translation>
    </message>
    <message>
        <source>&amp;Re-confirmation List</source>
        <translation>재확인 목록(&amp;R)</translation>
    </message>
    <message>
        <source>Show only those who said they were interested; confirm or cancel each of them</source>
        <translation>관심만 표시한 사람만 봅니다. 한 명씩 확정하거나 취소하세요</translation>
    </message>
    <message>
        <source>Nobody is waiting to be asked again — every order is applied, confirmed or cancelled</source>
        <translation>다시 물어볼 사람이 없습니다 — 모든 주문이 신청, 확정 또는 취소 상태입니다</translation>
    </message>
</context>
<context>
    <name>gonggu::OrdersTableModel</name>
    <message>
        <source>Copies of %1 (%2 each, at most %3 in this round)</source>
        <translation>%1 수량 (권당 %2, 이 공구 최대 %3권)</translation>
    </message>
    <message>
        <source>Copies of %1 (%2 each)</source>
        <translation>%1 수량 (권당 %2)</translation>
    </message>
    <message>
        <source>Payment was due on %1</source>
        <translation>입금 기한: %1</translation>
    </message>
    <message>
        <source>Days since the order was confirmed; the round has no payment due date</source>
        <translation>주문 확정 후 지난 날수 (이 공구에는 입금 기한이 없습니다)</translation>
    </message>
    <message>
        <source>Days a buyer who still owes is late: since the payment due date, or since confirming when the round has none</source>
        <translation>아직 입금하지 않은 구매자가 늦어진 날수: 입금 기한부터, 기한이 없으면 주문 확정일부터 셉니다</translation>
    </message>
</context>
<context>
    <name>gonggu::PaymentDialog</name>
    <message>
        <source>is owed %1 back</source>
        <translation>돌려받을 돈 %1</translation>
    </message>
    <message>
        <source>owes nothing</source>
        <translation>낼 돈 없음</translation>
    </message>
    <message>
        <source>owes %1</source>
        <translation>낼 돈 %1</translation>
    </message>
    <message>
        <source>Add Payment — %1</source>
        <translation>입금 기록 — %1</translation>
    </message>
    <message>
        <source>Type a name or nickname</source>
        <translation>이름이나 닉네임을 입력하세요</translation>
    </message>
    <message>
        <source>&amp;Refund (money going back to the buyer)</source>
        <translation>환불(&amp;R) (구매자에게 돌려주는 돈)</translation>
    </message>
    <message>
        <source>The name on the bank transfer</source>
        <translation>이체 내역에 찍힌 이름</translation>
    </message>
    <message>
        <source>&amp;Buyer:</source>
        <translation>구매자(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>금액(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>De&amp;positor:</source>
        <translation>입금자명(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>방법(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>Record Payment</source>
        <translation>입금 기록</translation>
    </message>
    <message>
        <source>This round has no buyers yet.</source>
        <translation>이 공구에는 아직 구매자가 없습니다.</translation>
    </message>
    <message>
        <source>Choose a buyer of this round from the list.</source>
        <translation>목록에서 이 공구의 구매자를 고르세요.</translation>
    </message>
    <message>
        <source>Enter the amount in won, for example 25,200.</source>
        <translation>금액을 원 단위로 입력하세요 (예: 25,200).</translation>
    </message>
    <message>
        <source>Enter an amount other than zero.</source>
        <translation>0이 아닌 금액을 입력하세요.</translation>
    </message>
    <message>
        <source>After this refund: %1 (%2)</source>
        <translation>환불 후: %1 (%2)</translation>
    </message>
    <message>
        <source>After this payment: %1 (%2)</source>
        <translation>입금 후: %1 (%2)</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>기록하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>%1 — due %2, paid %3: %4</source>
        <translation>%1 — 청구 %2, 입금 %3: %4</translation>
    </message>
</context>
<context>
    <name>gonggu::PaymentsPage</name>
    <message>
        <source>Add &amp;Payment…</source>
        <translation>입금 기록(&amp;P)…</translation>
    </message>
    <message>
        <source>Record money a buyer sent, or a refund</source>
        <translation>구매자가 보낸 돈이나 환불을 기록합니다</translation>
    </message>
    <message>
        <source>No payments yet — record one with Add Payment (Ctrl+P).</source>
        <translation>아직 입금 기록이 없습니다 — 입금 기록(Ctrl+P)으로 남기세요.</translation>
    </message>
    <message>
        <source>Choose a round to see its payments.</source>
        <translation>공구를 고르면 입금 내역이 보입니다.</translation>
    </message>
    <message>
        <source>No payments match “%1”.</source>
        <translation>“%1”에 맞는 입금이 없습니다.</translation>
    </message>
    <message>
        <source>%1 of %2 payments shown · %3 received in the round, net of refunds</source>
        <translation>입금 %2건 중 %1건 표시 · 이 공구 입금 합계 %3 (환불 차감)</translation>
    </message>
    <message>
        <source>1 payment · %1 received, net of refunds</source>
        <translation>입금 1건 · 합계 %1 (환불 차감)</translation>
    </message>
    <message>
        <source>%1 payments · %2 received, net of refunds</source>
        <translation>입금 %1건 · 합계 %2 (환불 차감)</translation>
    </message>
    <message>
        <source> · %1 not matched to a buyer yet (Reconciliation tab)</source>
        <translation> · %1은(는) 아직 누구 입금인지 모름 (입금 확인 탭)</translation>
    </message>
</context>
<context>
    <name>gonggu::PaymentsTableModel</name>
    <message>
        <source>Statement row %1</source>
        <translation>거래내역 %1행</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>닉네임</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Depositor</source>
        <translation>입금자명</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>기록 방식</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Not matched yet</source>
        <translation>아직 확인 안 됨</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>따로 둠</translation>
    </message>
</context>
<context>
    <name>gonggu::PeoplePage</name>
    <message>
        <source>No one in the directory yet — add the first buyer with Add Person (Ctrl+Shift+N).</source>
        <translation>명부가 비어 있습니다 — 사람 추가(Ctrl+Shift+N)로 첫 구매자를 넣으세요.</translation>
    </message>
    <message>
        <source>Add &amp;Person…</source>
        <translation>사람 추가(&amp;P)…</translation>
    </message>
    <message>
        <source>Add someone to the directory</source>
        <translation>명부에 사람을 추가합니다</translation>
    </message>
    <message>
        <source>&amp;Edit Person…</source>
        <translation>정보 수정(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Person</source>
        <translation>사람 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete someone who never ordered or paid (undo brings them back)</source>
        <translation>주문이나 입금 기록이 없는 사람을 삭제합니다 (실행 취소로 되돌릴 수 있음)</translation>
    </message>
    <message>
        <source>No one matches “%1”.</source>
        <translation>“%1”에 맞는 사람이 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2.</source>
        <translation>%1 님은 삭제할 수 없습니다: %2.</translation>
    </message>
</context>
<context>
    <name>gonggu::PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>닉네임</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>실명</translation>
    </message>
    <message>
        <source>Depositor</source>
        <translation>입금자명</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>메신저</translation>
    </message>
</context>
<context>
    <name>gonggu::PersonDialog</name>
    <message>
        <source>Edit Person</source>
        <translation>정보 수정</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>사람 추가</translation>
    </message>
    <message>
        <source>How the group knows them, e.g. 김하나</source>
        <translation>모임에서 부르는 이름, 예: 김하나</translation>
    </message>
    <message>
        <source>Chat or community handle, e.g. tini</source>
        <translation>채팅방이나 커뮤니티 닉네임, 예: tini</translation>
    </message>
    <message>
        <source>The name their bank transfers show</source>
        <translation>이체 내역에 찍히는 이름</translation>
    </message>
    <message>
        <source>010-0000-0000</source>
        <translation>010-0000-0000</translation>
    </message>
    <message>
        <source>e.g. KakaoTalk ID</source>
        <translation>예: 카카오톡 ID</translation>
    </message>
    <message>
        <source>For courier deliveries</source>
        <translation>택배 받을 주소</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>닉네임(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Real name:</source>
        <translation>실명(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Depositor name:</source>
        <translation>입금자명(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>전화번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Messenger:</source>
        <translation>메신저(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>메모(&amp;O):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>이름을 입력하세요.</translation>
    </message>
    <message>
        <source>%1 already goes by “%2”; nicknames tell people apart.</source>
        <translation>%1 님이 이미 “%2” 닉네임을 쓰고 있습니다. 닉네임으로 사람을 구별합니다.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>gonggu::RecipientsModel</name>
    <message>
        <source>No phone number or email address in the directory</source>
        <translation>명부에 전화번호나 이메일 주소가 없습니다</translation>
    </message>
    <message>
        <source>Already sent this message on %1: left out of a bulk send unless you include those already sent</source>
        <translation>%1에 이미 보냈습니다. ‘이미 보낸 사람 포함’을 켜지 않으면 한꺼번에 보낼 때 빠집니다</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>구매자</translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation>이미 보냄</translation>
    </message>
</context>
<context>
    <name>gonggu::RecipientsPanel</name>
    <message>
        <source>Include those already sent</source>
        <translation>이미 보낸 사람 포함</translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>Check every buyer listed (those already sent only when included)</source>
        <translation>목록의 구매자를 모두 선택합니다 (이미 보낸 사람은 포함할 때만)</translation>
    </message>
    <message>
        <source>Check None</source>
        <translation>모두 해제</translation>
    </message>
    <message>
        <source>Buyers who were already sent this message are left out of a bulk send unless this is on</source>
        <translation>이 메시지를 이미 받은 구매자는 이 항목을 켜지 않으면 한꺼번에 보낼 때 빠집니다</translation>
    </message>
    <message>
        <source>%1 of %2 checked</source>
        <translation>%2명 중 %1명 선택</translation>
    </message>
    <message>
        <source> · %1 already sent, included</source>
        <translation> · %1명은 이미 보냈지만 포함</translation>
    </message>
    <message>
        <source> · %1 already sent, left out</source>
        <translation> · %1명은 이미 보내서 제외</translation>
    </message>
</context>
<context>
    <name>gonggu::ReconciliationPage</name>
    <message>
        <source>To review</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>매칭됨</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>제외됨</translation>
    </message>
    <message>
        <source>All deposits</source>
        <translation>모든 입금</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>보기(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Import Bank Statement…</source>
        <translation>은행 거래내역 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Bring in the deposits of your bank's transaction history and match them to buyers</source>
        <translation>은행 거래내역의 입금을 가져와 구매자와 매칭합니다</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>확정(&amp;A)</translation>
    </message>
    <message>
        <source>Give the deposit to the chosen buyer (Enter)</source>
        <translation>고른 구매자에게 이 입금을 배정합니다 (Enter)</translation>
    </message>
    <message>
        <source>Assign &amp;To…</source>
        <translation>구매자 지정(&amp;T)…</translation>
    </message>
    <message>
        <source>Give the deposit to any buyer of the round</source>
        <translation>이 공구의 아무 구매자에게나 이 입금을 배정합니다</translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation>나누기(&amp;S)…</translation>
    </message>
    <message>
        <source>Share one transfer between several buyers</source>
        <translation>한 번의 입금을 여러 구매자에게 나눕니다</translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation>제외(&amp;G)</translation>
    </message>
    <message>
        <source>Set the deposit aside as not part of this round (Delete)</source>
        <translation>이 공구의 입금이 아닌 것으로 제외합니다 (Delete)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>되살리기</translation>
    </message>
    <message>
        <source>Bring an ignored deposit back for review</source>
        <translation>제외한 입금을 다시 확인 목록으로 돌립니다</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>배정 취소(&amp;U)</translation>
    </message>
    <message>
        <source>Take the deposit back from its buyer; it waits for review again</source>
        <translation>구매자에게서 이 입금을 거둬 다시 확인 목록에 둡니다</translation>
    </message>
    <message>
        <source>&amp;Accept Split</source>
        <translation>나눠서 확정(&amp;A)</translation>
    </message>
    <message>
        <source>Choose a round to reconcile its deposits.</source>
        <translation>공구를 고르면 입금을 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>No bank deposits yet — import your bank's transaction history with Import Bank Statement (%1). Deposits that match a buyer by name and amount are recorded at once; the others wait here.</source>
        <translation>아직 은행 입금이 없습니다 — 은행 거래내역 가져오기(%1)로 거래내역을 불러오세요. 이름과 금액이 맞는 입금은 바로 기록되고, 나머지는 여기서 확인을 기다립니다.</translation>
    </message>
    <message>
        <source>Nothing to review — every deposit is matched to a buyer or ignored.</source>
        <translation>확인할 입금이 없습니다 — 모든 입금이 구매자에게 매칭되었거나 제외되었습니다.</translation>
    </message>
    <message>
        <source>No deposit is matched to a buyer yet.</source>
        <translation>아직 구매자에게 매칭된 입금이 없습니다.</translation>
    </message>
    <message>
        <source>No deposit is ignored.</source>
        <translation>제외한 입금이 없습니다.</translation>
    </message>
    <message>
        <source>No deposits match “%1”.</source>
        <translation>“%1”에 맞는 입금이 없습니다.</translation>
    </message>
    <message>
        <source>%1 of %2 deposits shown</source>
        <translation>입금 %2건 중 %1건 표시</translation>
    </message>
    <message>
        <source>1 deposit · %1</source>
        <translation>입금 1건 · %1</translation>
    </message>
    <message>
        <source>%1 deposits · %2</source>
        <translation>입금 %1건 · %2</translation>
    </message>
</context>
<context>
    <name>gonggu::ReminderBanner</name>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Reminder: %1 (%2)</source>
        <translation>알림: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 reminders are due: %2</source>
        <translation>알림 %1건: %2</translation>
    </message>
</context>
<context>
    <name>gonggu::ReminderDialog</name>
    <message>
        <source>Add Reminder — %1</source>
        <translation>알림 추가 — %1</translation>
    </message>
    <message>
        <source>What to do, e.g. call the supplier about the tax invoice</source>
        <translation>할 일 (예: 출판사에 세금계산서 문의 전화)</translation>
    </message>
    <message>
        <source>About one &amp;buyer:</source>
        <translation>구매자 지정(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>알림 시각(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>내용(&amp;R):</translation>
    </message>
    <message>
        <source>Add Reminder</source>
        <translation>알림 추가</translation>
    </message>
    <message>
        <source>No buyer of this round is called “%1”.</source>
        <translation>이 공구에 “%1” 구매자가 없습니다.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>추가하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>gonggu::ReminderListModel</name>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>%1까지 미룸</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>오늘 중</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>내일</translation>
    </message>
    <message>
        <source>In %1 days</source>
        <translation>%1일 후</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1일 지남</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1일 지남</translation>
    </message>
    <message>
        <source>%1, Korean time</source>
        <translation>%1 (한국 시간)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>내용</translation>
    </message>
</context>
<context>
    <name>gonggu::ReminderNotifier</name>
    <message>
        <source>Gonggu reminders</source>
        <translation>공구 알림</translation>
    </message>
</context>
<context>
    <name>gonggu::ReminderPanel</name>
    <message>
        <source>Reminders</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Sho&amp;w done</source>
        <translation>완료한 알림 보기(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>미루기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>완료(&amp;D)</translation>
    </message>
    <message>
        <source>Mark the reminder done (Ctrl+D); double-click does the same</source>
        <translation>알림을 완료로 표시합니다 (Ctrl+D). 두 번 클릭해도 됩니다</translation>
    </message>
    <message>
        <source>Not Do&amp;ne</source>
        <translation>미완료(&amp;N)</translation>
    </message>
    <message>
        <source>Open the reminder again (Ctrl+D)</source>
        <translation>알림을 다시 미완료로 돌립니다 (Ctrl+D)</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>1시간 뒤</translation>
    </message>
    <message>
        <source>Remind again in an hour</source>
        <translation>1시간 뒤에 다시 알립니다</translation>
    </message>
    <message>
        <source>Until Tomorrow 09:00</source>
        <translation>내일 오전 9시</translation>
    </message>
    <message>
        <source>Remind again tomorrow at 9 in the morning, Korean time</source>
        <translation>내일 오전 9시(한국 시간)에 다시 알립니다</translation>
    </message>
    <message>
        <source>For 3 Days</source>
        <translation>3일 뒤</translation>
    </message>
    <message>
        <source>Remind again in 3 days</source>
        <translation>3일 뒤에 다시 알립니다</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>시각 지정…</translation>
    </message>
    <message>
        <source>Choose when to be reminded again</source>
        <translation>다시 알릴 시각을 고릅니다</translation>
    </message>
    <message>
        <source>Remind Again Now</source>
        <translation>지금 다시 알리기</translation>
    </message>
    <message>
        <source>End the snooze: the reminder is due again now if its time has come</source>
        <translation>미루기를 끝냅니다. 알림 시각이 지났으면 바로 다시 알립니다</translation>
    </message>
    <message>
        <source>Add Re&amp;minder…</source>
        <translation>알림 추가(&amp;M)…</translation>
    </message>
    <message>
        <source>Add a reminder of your own, for the round or about one buyer</source>
        <translation>공구 전체나 구매자 한 명에 대한 알림을 직접 추가합니다</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>삭제(&amp;V)</translation>
    </message>
    <message>
        <source>Delete a reminder you added (Delete); those from the round's dates are marked done instead</source>
        <translation>직접 추가한 알림을 삭제합니다 (Delete). 공구 일정에서 나온 알림은 완료로 표시하세요</translation>
    </message>
    <message>
        <source>&amp;Unpaid Buyers</source>
        <translation>미입금자 보기(&amp;U)</translation>
    </message>
    <message>
        <source>Show the buyers who have not paid in full on the Orders tab</source>
        <translation>주문 탭에서 아직 다 입금하지 않은 구매자를 보여 줍니다</translation>
    </message>
    <message>
        <source>No reminders yet. Set the round's closing, payment and delivery dates (Edit Round) or add your own.</source>
        <translation>아직 알림이 없습니다. 공구 수정에서 마감일, 입금 기한, 입고일을 정하거나 알림을 직접 추가하세요.</translation>
    </message>
    <message>
        <source>Choose a round to see its reminders.</source>
        <translation>공구를 고르면 알림이 보입니다.</translation>
    </message>
</context>
<context>
    <name>gonggu::ReminderSnoozeDialog</name>
    <message>
        <source>Snooze Reminder</source>
        <translation>알림 미루기</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>다시 알릴 시각(&amp;U):</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>미루기</translation>
    </message>
    <message>
        <source>Choose a time later than now (%1).</source>
        <translation>지금(%1)보다 나중 시각을 고르세요.</translation>
    </message>
</context>
<context>
    <name>gonggu::ReminderTimeEdit</name>
    <message>
        <source>Korean time</source>
        <translation>한국 시간</translation>
    </message>
</context>
<context>
    <name>gonggu::RoundEditorDialog</name>
    <message>
        <source>The round no longer exists.</source>
        <translation>이 공구는 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Edit Round</source>
        <translation>공구 수정</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>New Round</source>
        <translation>새 공구</translation>
    </message>
    <message>
        <source>Create Round</source>
        <translation>공구 만들기</translation>
    </message>
    <message>
        <source>e.g. 『실전 리팩터링』 공동구매</source>
        <translation>예: 『실전 리팩터링』 공동구매</translation>
    </message>
    <message>
        <source>Publisher or shop</source>
        <translation>출판사나 판매처</translation>
    </message>
    <message>
        <source>Who to call, phone, email</source>
        <translation>담당자, 전화번호, 이메일</translation>
    </message>
    <message>
        <source>Bank, account number, holder — shown to buyers</source>
        <translation>은행, 계좌번호, 예금주 — 구매자에게 안내됩니다</translation>
    </message>
    <message>
        <source>Charged once to each buyer who has the order sent by courier</source>
        <translation>택배로 받는 구매자에게 한 번씩 청구됩니다</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>The copies the supplier needs for the group price, if any</source>
        <translation>공구가를 받는 데 필요한 최소 수량 (있을 때만)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>판매처(&amp;S):</translation>
    </message>
    <message>
        <source>Supplier &amp;contact:</source>
        <translation>판매처 연락처(&amp;C):</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>상태(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Opens:</source>
        <translation>모집 시작(&amp;O):</translation>
    </message>
    <message>
        <source>Applications c&amp;lose:</source>
        <translation>신청 마감(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Payment due:</source>
        <translation>입금 기한(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Bank account:</source>
        <translation>입금 계좌(&amp;B):</translation>
    </message>
    <message>
        <source>S&amp;hipping fee:</source>
        <translation>배송비(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Minimum copies:</source>
        <translation>최소 수량(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Items this round sells:</source>
        <translation>이 공구의 품목(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>Give the round a title.</source>
        <translation>공구 제목을 입력하세요.</translation>
    </message>
    <message>
        <source>A round titled “%1” already exists; choose another title.</source>
        <translation>“%1” 공구가 이미 있습니다. 다른 제목을 정하세요.</translation>
    </message>
    <message>
        <source>Applications cannot close before the round opens.</source>
        <translation>신청 마감일은 모집 시작일보다 빠를 수 없습니다.</translation>
    </message>
    <message>
        <source>Payment cannot be due before the round opens.</source>
        <translation>입금 기한은 모집 시작일보다 빠를 수 없습니다.</translation>
    </message>
    <message>
        <source>Enter the shipping fee in won, for example 3,500.</source>
        <translation>배송비를 원 단위로 입력하세요 (예: 3,500).</translation>
    </message>
    <message>
        <source>The shipping fee cannot be negative.</source>
        <translation>배송비는 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Where the books are handed over</source>
        <translation>책을 전달할 장소</translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation>입고일(&amp;D):</translation>
    </message>
    <message>
        <source>M&amp;eetup:</source>
        <translation>모임(&amp;E):</translation>
    </message>
    <message>
        <source>Mark as Ordered?</source>
        <translation>발주 완료로 바꿀까요?</translation>
    </message>
    <message>
        <source>Before the order goes to the supplier:</source>
        <translation>출판사에 주문하기 전에 확인할 것:</translation>
    </message>
    <message>
        <source>Mark as Ordered Anyway</source>
        <translation>그래도 발주 완료로</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>돌아가기</translation>
    </message>
    <message>
        <source>O&amp;rder placed:</source>
        <translation>발주일(&amp;R):</translation>
    </message>
</context>
<context>
    <name>gonggu::RoundExport</name>
    <message>
        <source>nothing to export: round '%1' has no confirmed orders paid in full with copies</source>
        <translation>내보낼 것이 없습니다: '%1'에 입금을 마친 확정 주문이 없습니다</translation>
    </message>
    <message>
        <source>nothing to export: round '%1' has no confirmed orders with copies</source>
        <translation>내보낼 것이 없습니다: '%1'에 확정된 주문이 없습니다</translation>
    </message>
    <message>
        <source>nothing to export: round '%1' has no confirmed orders paid in full delivered by courier</source>
        <translation>내보낼 것이 없습니다: '%1'에 입금을 마친 택배 배송 확정 주문이 없습니다</translation>
    </message>
    <message>
        <source>nothing to export: round '%1' has no confirmed orders delivered by courier</source>
        <translation>내보낼 것이 없습니다: '%1'에 택배 배송 확정 주문이 없습니다</translation>
    </message>
    <message>
        <source>nothing to export: round '%1' has no confirmed orders paid in full picked up at the meetup</source>
        <translation>내보낼 것이 없습니다: '%1'에 입금을 마친 모임 수령 확정 주문이 없습니다</translation>
    </message>
    <message>
        <source>nothing to export: round '%1' has no confirmed orders picked up at the meetup</source>
        <translation>내보낼 것이 없습니다: '%1'에 모임 수령 확정 주문이 없습니다</translation>
    </message>
</context>
<context>
    <name>gonggu::RoundHeader</name>
    <message>
        <source>applications close %1</source>
        <translation>신청 마감 %1</translation>
    </message>
    <message>
        <source>payment due %1</source>
        <translation>입금 기한 %1</translation>
    </message>
</context>
<context>
    <name>gonggu::RoundListModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>gonggu::RoundPane</name>
    <message>
        <source>Orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>입금</translation>
    </message>
    <message>
        <source>People</source>
        <translation>명부</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>입금 확인</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>정산</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
</context>
<context>
    <name>gonggu::RoundSidebar</name>
    <message>
        <source>Rounds</source>
        <translation>공구 목록</translation>
    </message>
</context>
<context>
    <name>gonggu::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>Automatic (system language)</source>
        <translation>자동 (시스템 언어)</translation>
    </message>
    <message>
        <source>The language changes the next time Gonggu starts.</source>
        <translation>언어는 Gonggu를 다시 시작하면 바뀝니다.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Your login name</source>
        <translation>로그인 이름</translation>
    </message>
    <message>
        <source>The change history records your edits under this name; other coordinators of a shared workspace see it.</source>
        <translation>변경 기록에 내 수정이 이 이름으로 남고, 공유 장부의 다른 진행자도 이 이름을 봅니다.</translation>
    </message>
    <message>
        <source>&amp;Coordinator name:</source>
        <translation>진행자 이름(&amp;C):</translation>
    </message>
</context>
<context>
    <name>gonggu::SettlementFigures</name>
    <message>
        <source>From the buyers</source>
        <translation>구매자</translation>
    </message>
    <message>
        <source>The supplier</source>
        <translation>판매처</translation>
    </message>
    <message>
        <source>Money in hand</source>
        <translation>가진 돈</translation>
    </message>
    <message>
        <source>Buyers still owe %1; even once they have paid it, the round is %2 short.</source>
        <translation>미입금이 %1 남았습니다. 모두 들어와도 %2 모자랍니다.</translation>
    </message>
    <message>
        <source>Buyers still owe %1; once they have paid it, %2 is left.</source>
        <translation>미입금이 %1 남았습니다. 모두 들어오면 %2 남습니다.</translation>
    </message>
    <message>
        <source>%1 in bank deposits is not matched to a buyer yet and is not counted here; match it on the Reconciliation tab.</source>
        <translation>구매자와 연결하지 않은 은행 입금 %1은 여기에 넣지 않았습니다. 입금 확인 탭에서 연결하세요.</translation>
    </message>
    <message>
        <source>The supplier was paid %1 more than the cost of the copies ordered.</source>
        <translation>판매처에 주문 수량의 대금보다 %1 더 보냈습니다.</translation>
    </message>
</context>
<context>
    <name>gonggu::SettlementPage</name>
    <message>
        <source>Add &amp;Expense…</source>
        <translation>지출 기록(&amp;E)…</translation>
    </message>
    <message>
        <source>Record money the round spent: the supplier's invoice, shipping, other costs</source>
        <translation>이 공구에서 쓴 돈을 기록합니다: 판매처 대금, 배송비, 기타 지출</translation>
    </message>
    <message>
        <source>&amp;Remove Expense</source>
        <translation>지출 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV로 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the settlement report as a CSV file for a spreadsheet</source>
        <translation>정산 내역을 스프레드시트용 CSV 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>지출</translation>
    </message>
    <message>
        <source>No expenses yet — record the supplier's invoice, shipping and other costs with Add Expense.</source>
        <translation>아직 지출이 없습니다 — 판매처 대금, 배송비, 기타 지출을 '지출 기록'으로 남기세요.</translation>
    </message>
    <message>
        <source>Choose a round to see its settlement.</source>
        <translation>공구를 고르면 정산 내역이 보입니다.</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 (*.csv)</source>
        <translation>Excel용 CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV for older Korean spreadsheets, CP949 (*.csv)</source>
        <translation>예전 한글 스프레드시트용 CSV, CP949 (*.csv)</translation>
    </message>
    <message>
        <source>Settlement - %1.csv</source>
        <translation>정산 - %1.csv</translation>
    </message>
    <message>
        <source>Export Settlement</source>
        <translation>정산 내보내기</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>내보내지 못함</translation>
    </message>
    <message>
        <source>The settlement could not be saved: %1</source>
        <translation>정산 내역을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>gonggu::SharedWorkspaceDialog</name>
    <message>
        <source>Open Shared Workspace</source>
        <translation>공유 장부 열기</translation>
    </message>
    <message>
        <source>A workspace on a PostgreSQL server, shared by several coordinators at once.</source>
        <translation>PostgreSQL 서버에 있어 여러 진행자가 함께 쓰는 장부입니다.</translation>
    </message>
    <message>
        <source>The password is asked for when needed, or taken from PGPASSWORD or ~/.pgpass; Gonggu never saves it.</source>
        <translation>비밀번호는 필요할 때 묻거나 PGPASSWORD, ~/.pgpass에서 가져오며 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>서버 주소(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>Write the server's address as postgresql://name@server/database.</source>
        <translation>서버 주소를 postgresql://이름@서버/데이터베이스 형식으로 적어 주세요.</translation>
    </message>
</context>
<context>
    <name>gonggu::SplitDepositDialog</name>
    <message>
        <source>Split Deposit</source>
        <translation>입금 나누기</translation>
    </message>
    <message>
        <source>%1 from %2 on %3</source>
        <translation>%3 %2 님 입금 %1</translation>
    </message>
    <message>
        <source>Give each buyer their part; the parts must add up to the deposit.</source>
        <translation>구매자마다 몫을 적으세요. 몫의 합이 입금액과 같아야 합니다.</translation>
    </message>
    <message>
        <source>&amp;Add Buyer</source>
        <translation>구매자 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>나누기</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>빼기</translation>
    </message>
    <message>
        <source>Take this buyer out of the split</source>
        <translation>이 구매자를 나누기에서 뺍니다</translation>
    </message>
    <message>
        <source>A split needs at least two buyers.</source>
        <translation>두 명 이상에게 나눠야 합니다.</translation>
    </message>
    <message>
        <source>Row %1: choose a buyer of this round.</source>
        <translation>%1번째 줄: 이 공구의 구매자를 고르세요.</translation>
    </message>
    <message>
        <source>Row %1: %2 already has a part.</source>
        <translation>%1번째 줄: %2 님은 이미 몫이 있습니다.</translation>
    </message>
    <message>
        <source>Row %1: type an amount above zero.</source>
        <translation>%1번째 줄: 0보다 큰 금액을 입력하세요.</translation>
    </message>
    <message>
        <source>Left to place: %1</source>
        <translation>남은 금액: %1</translation>
    </message>
    <message>
        <source>%1 more than the deposit</source>
        <translation>입금액보다 %1 많음</translation>
    </message>
    <message>
        <source>The parts add up to the deposit.</source>
        <translation>몫의 합이 입금액과 같습니다.</translation>
    </message>
</context>
<context>
    <name>gonggu::TemplateEditor</name>
    <message>
        <source>The subject line of an email; text messages and chats leave it out</source>
        <translation>이메일 제목입니다. 문자와 채팅에는 들어가지 않습니다</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>제목(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>본문(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Insert Placeholder</source>
        <translation>자리표시자 넣기(&amp;I)</translation>
    </message>
    <message>
        <source>Put a {placeholder} where the cursor is: each message fills in its buyer's value</source>
        <translation>커서 위치에 {자리표시자}를 넣습니다. 메시지마다 구매자의 값으로 채워집니다</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>저장(&amp;V)</translation>
    </message>
    <message>
        <source>Use this wording for this message in this round from now on (Ctrl+S)</source>
        <translation>이 공구에서 이 메시지에 앞으로 이 문구를 씁니다 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Reset to &amp;Default</source>
        <translation>기본값으로 되돌리기(&amp;D)</translation>
    </message>
    <message>
        <source>Go back to Gonggu's own wording of this message</source>
        <translation>이 메시지를 공구 앱의 기본 문구로 되돌립니다</translation>
    </message>
    <message>
        <source>This round's own wording</source>
        <translation>이 공구만의 문구</translation>
    </message>
    <message>
        <source>Gonggu's default wording</source>
        <translation>기본 문구</translation>
    </message>
    <message>
        <source>%1 — edited, not saved</source>
        <translation>%1 — 고쳤지만 저장하지 않음</translation>
    </message>
    <message>
        <source>Unknown placeholder %1: correct it (Insert Placeholder lists the known ones) or write {{ for a brace. Messages cannot go out until then.</source>
        <translation>알 수 없는 자리표시자 %1: 이름을 고치거나(‘자리표시자 넣기’에 쓸 수 있는 이름이 있습니다) 중괄호를 그대로 쓰려면 {{ 로 쓰세요. 고치기 전에는 메시지를 보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>The message is empty: write what the buyers should read.</source>
        <translation>메시지가 비어 있습니다. 구매자가 읽을 내용을 쓰세요.</translation>
    </message>
</context>
<context>
    <name>gonggu::TemplateRenderer</name>
    <message numerus="yes">
        <source>unknown placeholder(s) %1 (known: %2; write {{ for a brace)</source>
        <translation>
            <numerusform>알 수 없는 자리표시자 %1 (사용 가능: %2; 중괄호 자체는 {{로 쓰세요)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gonggu::TodoPage</name>
    <message>
        <source>To Do</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>To Do (%1)</source>
        <translation>할 일 (%1)</translation>
    </message>
</context>
<context>
    <name>gonggu::TrackingImportDialog</name>
    <message>
        <source>Set</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>교체</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>by order number</source>
        <translation>주문번호로</translation>
    </message>
    <message>
        <source>by name and phone</source>
        <translation>이름과 전화번호로</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>전화번호로</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>이름으로</translation>
    </message>
    <message>
        <source>Import Tracking Numbers into %1</source>
        <translation>%1에 송장번호 가져오기</translation>
    </message>
    <message>
        <source>Paste the rows copied from the courier's sheet: name and tracking number, phone and tracking number, or the shipping list with its order numbers.</source>
        <translation>택배사 시트에서 복사한 행을 붙여 넣으세요: 이름과 송장번호, 전화번호와 송장번호, 또는 주문번호가 있는 발송 목록.</translation>
    </message>
    <message>
        <source>From &amp;File…</source>
        <translation>파일에서(&amp;F)…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>구매자</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>송장번호</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>처리</translation>
    </message>
    <message>
        <source>Found / reason</source>
        <translation>찾은 방법 / 사유</translation>
    </message>
    <message>
        <source>&amp;Skip the rejected rows</source>
        <translation>거부된 행 건너뛰기(&amp;S)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Import Tracking Numbers</source>
        <translation>송장번호 가져오기</translation>
    </message>
    <message>
        <source>Courier sheets (*.csv *.xlsx *.xls *.txt *.tsv);;All files (*)</source>
        <translation>택배 시트 (*.csv *.xlsx *.xls *.txt *.tsv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Paste rows or choose a file to see what they would do.</source>
        <translation>행을 붙여 넣거나 파일을 고르면 처리 결과를 미리 보여 줍니다.</translation>
    </message>
    <message>
        <source>%1 to set · %2 to replace · %3 unchanged · %4 rejected</source>
        <translation>입력 %1 · 교체 %2 · 변경 없음 %3 · 거부 %4</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Apply 1 Number</source>
        <translation>송장번호 1개 적용</translation>
    </message>
    <message>
        <source>Apply %1 Numbers</source>
        <translation>송장번호 %1개 적용</translation>
    </message>
</context>
<context>
    <name>gonggu::UnpaidSortBar</name>
    <message>
        <source>Amount owed, largest first</source>
        <translation>미입금액 큰 순</translation>
    </message>
    <message>
        <source>Days overdue, longest first</source>
        <translation>연체일 긴 순</translation>
    </message>
    <message>
        <source>Whom to chase first; a click on a column header sorts by that column</source>
        <translation>누구에게 먼저 연락할지 고릅니다. 열 제목을 누르면 그 열로 정렬합니다</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>정렬(&amp;S):</translation>
    </message>
</context>
<context>
    <name>gonggu::WelcomePage</name>
    <message>
        <source>Welcome to Gonggu</source>
        <translation>Gonggu에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Gonggu keeps a group buy in one place: who ordered how many copies, who has paid, and who still needs a reminder. Start with your first round — the book, the group price and the account buyers pay into — or look around a demo round of 22 buyers first.</source>
        <translation>Gonggu는 공동구매를 한곳에서 관리합니다. 누가 몇 권을 주문했는지, 누가 입금했는지, 누구에게 아직 안내가 필요한지 한눈에 보입니다. 책, 공구가, 입금 계좌를 정해 첫 공구를 시작하거나, 구매자 22명의 데모 공구를 먼저 둘러보세요.</translation>
    </message>
    <message>
        <source>New Round…</source>
        <translation>새 공구…</translation>
    </message>
    <message>
        <source>Open the Demo Workspace</source>
        <translation>데모 장부 열기</translation>
    </message>
    <message>
        <source>A separate workspace with a finished round; your own workspace stays untouched</source>
        <translation>끝난 공구가 담긴 별도의 장부입니다. 내 장부는 그대로 둡니다</translation>
    </message>
    <message>
        <source>Open Another Workspace…</source>
        <translation>다른 장부 열기…</translation>
    </message>
    <message>
        <source>Cannot move the demo into place at %1.</source>
        <translation>데모 장부를 %1에 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>The demo workspace could not be written: %1</source>
        <translation>데모 장부를 만들지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Coordinate community group buys.</source>
        <translation>커뮤니티 공동구매를 관리합니다.</translation>
    </message>
    <message>
        <source>Speak &lt;language&gt;: ko (한국어) or en (English).</source>
        <translation>&lt;language&gt;로 표시합니다: ko (한국어) 또는 en (English).</translation>
    </message>
    <message>
        <source>Unknown language %1: use ko or en.</source>
        <translation>알 수 없는 언어 %1: ko 또는 en을 쓰세요.</translation>
    </message>
    <message>
        <source>Open the workspace file &lt;path&gt;, or the shared workspace at a postgresql:// URL.</source>
        <translation>&lt;path&gt; 장부 파일이나 postgresql:// 주소의 공유 장부를 엽니다.</translation>
    </message>
</context>
</TS>