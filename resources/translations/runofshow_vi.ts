<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name></name>
    <message>
        <source>settings: api_listen &apos;{listen}&apos; is not usable ({error}); the API is off.</source>
        <translation>thiết lập: api_listen &apos;{listen}&apos; không dùng được ({error}); API đang tắt.</translation>
    </message>
    <message>
        <source>settings: the venue is not usable ({error}); the room is not in the venue.</source>
        <translation>cài đặt: không dùng được địa điểm ({error}); phòng không tham gia địa điểm.</translation>
    </message>
    <message>
        <source>settings: api_token is not usable ({error}); a new one was made.</source>
        <translation>cài đặt: api_token không dùng được ({error}); đã tạo mã mới.</translation>
    </message>
    <message>
        <source>the event file has problems; the show goes on as it was: {problems}</source>
        <translation>tệp sự kiện có lỗi; chương trình tiếp tục như cũ: {problems}</translation>
    </message>
    <message>
        <source>stand_down: &quot;term&quot; is not a whole number from 1</source>
        <translation>stand_down: &quot;term&quot; không phải là số nguyên từ 1</translation>
    </message>
    <message>
        <source>stand_down: &quot;{name}&quot; is not a short text</source>
        <translation>stand_down: &quot;{name}&quot; không phải là một đoạn văn bản ngắn</translation>
    </message>
    <message>
        <source>stand_down: this show is of term {ours}, not older than {term}</source>
        <translation>stand_down: chương trình này thuộc nhiệm kỳ {ours}, không cũ hơn {term}</translation>
    </message>
    <message>
        <source>taken over by {holder} at {time}: this laptop is the standby now; send commands to {url}</source>
        <translation>đã được {holder} tiếp quản lúc {time}: máy này giờ là máy dự phòng; hãy gửi lệnh tới {url}</translation>
    </message>
    <message>
        <source>{what} holds a character that is not text (U+{code})</source>
        <extracomment>A check takes the raw value and the argument&apos;s name (as the sender wrote it). The messages keep the templates the translations know (resources/translations), so some name their field literally: `seconds`, `duration` and `position` serve only the arguments of those names.</extracomment>
        <translation>{what} chứa một ký tự không phải văn bản (U+{code})</translation>
    </message>
    <message>
        <source>{what} must be text</source>
        <translation>{what} phải là chữ</translation>
    </message>
    <message>
        <source>{what} is limited to {limit} characters</source>
        <translation>{what} tối đa {limit} ký tự</translation>
    </message>
    <message>
        <source>{what} must not be empty</source>
        <translation>{what} không được để trống</translation>
    </message>
    <message>
        <source>&quot;seconds&quot; must be a number (negative removes time)</source>
        <translation>&quot;seconds&quot; phải là số (số âm là bớt thời gian)</translation>
    </message>
    <message>
        <source>&quot;seconds&quot; must be within ±86400</source>
        <translation>&quot;seconds&quot; phải trong khoảng ±86400</translation>
    </message>
    <message>
        <source>&quot;time&quot; must be a duration like 180 or &quot;3m&quot;</source>
        <translation>&quot;time&quot; phải là thời lượng như 180 hoặc &quot;3m&quot;</translation>
    </message>
    <message>
        <source>&quot;time&quot;: {exc}</source>
        <translation>&quot;time&quot;: {exc}</translation>
    </message>
    <message>
        <source>&quot;position&quot; must be a whole number from 0 (the top of the queue)</source>
        <translation>&quot;position&quot; phải là số nguyên từ 0 (đầu hàng đợi)</translation>
    </message>
    <message>
        <source>{what} must be one of: {choices}</source>
        <translation>{what} phải là một trong: {choices}</translation>
    </message>
    <message>
        <source>{what} must be an id (text)</source>
        <translation>{what} phải là mã định danh (chữ)</translation>
    </message>
    <message>
        <source>{what} must be true or false</source>
        <translation>{what} phải là true hoặc false</translation>
    </message>
    <message>
        <source>a command must be a JSON object like {&quot;action&quot;: &quot;next&quot;}</source>
        <extracomment>Older names still accepted: action → the rewrite into the current form.</extracomment>
        <translation>lệnh phải là đối tượng JSON như {&quot;action&quot;: &quot;next&quot;}</translation>
    </message>
    <message>
        <source>missing &quot;action&quot; (one of: {actions})</source>
        <translation>thiếu &quot;action&quot; (một trong: {actions})</translation>
    </message>
    <message>
        <source>unknown action &apos;{action}&apos; (one of: {actions})</source>
        <translation>không rõ action &apos;{action}&apos; (một trong: {actions})</translation>
    </message>
    <message>
        <source>&apos;{action}&apos;: an argument has the wrong type or shape</source>
        <translation>&apos;{action}&apos;: một đối số sai kiểu hoặc sai dạng</translation>
    </message>
    <message>
        <source>&apos;{action}&apos; takes no argument &apos;{extra}&apos;</source>
        <extracomment>The command is `undo`: the dispatcher reverts the history&apos;s last step. The command is `redo`: the dispatcher applies again what the last undo reverted. The command is `plan_save`: write the live plan to this path (&quot;&quot;: the file it came from). The command is `reload`: read the event file again. False for a command that changes nothing in the show (it is not written to the journal).
----------
Action name → command class.</extracomment>
        <translation>&apos;{action}&apos; không nhận tham số &apos;{extra}&apos;</translation>
    </message>
    <message>
        <source>&apos;{action}&apos; needs &quot;{missing}&quot;</source>
        <translation>&apos;{action}&apos; cần &quot;{missing}&quot;</translation>
    </message>
    <message>
        <source>no segment with id &apos;{segment}&apos;</source>
        <extracomment>Messages kept in the live show: a stage manager&apos;s stream of notes must not grow every snapshot. The current segment: the live one, or the one that GO will start. len(segments) = ended. Every speaking turn in the order it began (the log behind the fair-floor ledger). The last MAX_MESSAGES messages (the journal keeps every one); ids count on from `messages_sent`. Requests to speak from the room (core/floor_requests.py); ids count on from `requests_made`. This run is a rehearsal (a simulated clock): said in the state and the reports. Counts the plan&apos;s changes (core/dispatch.py): a client that read version N may say so (`if_version`) and is refused, not overwritten, when someone changed the plan since. The bounds on requests to speak (a setting, core/floor_requests.py), and how many were refused for them (not journaled: a count for the floor manager). Questions from the audience (core/audience.py); ids count on from `audience_asked`. Their bounds, and how many were refused for them (not journaled: a count for the moderator). The stream&apos;s lower third (/lower-third) follows who has the floor unless hidden by hand (`lower_third`), and since when it was last shown or hidden by hand (a shown-again lower third counts its `hold` from then, not from the turn&apos;s start).</extracomment>
        <translation>không có phần nào mã &apos;{segment}&apos;</translation>
    </message>
    <message>
        <source>&quot;seconds&quot; must be more than 0 (the time moves from &quot;from&quot; to &quot;to&quot;)</source>
        <translation>&quot;seconds&quot; phải lớn hơn 0 (thời gian chuyển từ &quot;from&quot; sang &quot;to&quot;)</translation>
    </message>
    <message>
        <source>&apos;speaker_add&apos; needs either &quot;name&quot; (someone from the floor) or &quot;person&quot; (a roster id)</source>
        <translation>&apos;speaker_add&apos; cần &quot;name&quot; (người từ khán phòng) hoặc &quot;person&quot; (mã trong danh sách)</translation>
    </message>
    <message>
        <source>the event has no hard stop (&apos;end&apos; in the event file)</source>
        <translation>sự kiện không có hạn chót (&apos;end&apos; trong tệp sự kiện)</translation>
    </message>
    <message>
        <source>the event is planned for {date}, not today: a plan to land on time is made on its day (to try the show now, rehearse it at its own time)</source>
        <translation>sự kiện dự kiến vào ngày {date}, không phải hôm nay: kế hoạch để kết thúc đúng giờ được lập vào đúng ngày đó (để thử chương trình bây giờ, hãy diễn tập theo giờ của nó)</translation>
    </message>
    <message>
        <source>the plan to land on time</source>
        <translation>kế hoạch kết thúc đúng giờ</translation>
    </message>
    <message>
        <source>the plan to use the time left</source>
        <translation>kế hoạch dùng thời gian còn dư</translation>
    </message>
    <message>
        <source>moving {seconds} s</source>
        <translation>việc chuyển {seconds} giây</translation>
    </message>
    <message>
        <source>no question &apos;{question}&apos; in this segment</source>
        <translation>không có câu hỏi &apos;{question}&apos; trong phần này</translation>
    </message>
    <message>
        <source>question {id}</source>
        <translation>câu hỏi {id}</translation>
    </message>
    <message>
        <source>adding question {id}</source>
        <translation>việc thêm câu hỏi {id}</translation>
    </message>
    <message>
        <source>the show has ended; go to a segment to reopen it</source>
        <translation>chương trình đã kết thúc; hãy đi tới một phần để mở lại</translation>
    </message>
    <message>
        <source>the show has ended; there is no next segment</source>
        <translation>chương trình đã kết thúc; không còn phần tiếp theo</translation>
    </message>
    <message>
        <source>there is no next segment</source>
        <translation>không còn phần tiếp theo</translation>
    </message>
    <message>
        <source>this is the first segment</source>
        <translation>đây là phần đầu tiên</translation>
    </message>
    <message>
        <source>the show has ended; there is no segment to add time to</source>
        <translation>chương trình đã kết thúc; không có phần nào để thêm thời gian</translation>
    </message>
    <message>
        <source>cannot remove more time than the segment has</source>
        <translation>không thể bớt nhiều hơn thời gian của phần</translation>
    </message>
    <message>
        <source>the show has ended; name a &quot;segment&quot;</source>
        <translation>chương trình đã kết thúc; hãy chỉ rõ &quot;segment&quot;</translation>
    </message>
    <message>
        <source>no speaker &apos;{speaker_id}&apos; in segment &apos;{segment}&apos;</source>
        <translation>không có diễn giả &apos;{speaker_id}&apos; trong phần &apos;{segment}&apos;</translation>
    </message>
    <message>
        <source>segment &apos;{id}&apos; is not live: start it first</source>
        <translation>phần &apos;{id}&apos; chưa chạy: hãy bắt đầu trước</translation>
    </message>
    <message>
        <source>no one is speaking</source>
        <translation>không có ai đang nói</translation>
    </message>
    <message>
        <source>no one is waiting to speak</source>
        <translation>không có ai chờ nói</translation>
    </message>
    <message>
        <source>cannot remove more time than the speaker has</source>
        <translation>không thể bớt nhiều hơn thời gian của diễn giả</translation>
    </message>
    <message>
        <source>no request &apos;{request}&apos;</source>
        <translation>không có yêu cầu &apos;{request}&apos;</translation>
    </message>
    <message>
        <source>the show has ended: there is no segment to ask the floor in</source>
        <translation>chương trình đã kết thúc: không còn phần nào để xin phát biểu</translation>
    </message>
    <message>
        <source>segment &apos;{segment}&apos; is over: ask the floor in the live or next one</source>
        <translation>phần &apos;{segment}&apos; đã kết thúc: hãy xin phát biểu ở phần đang diễn ra hoặc phần tiếp theo</translation>
    </message>
    <message>
        <source>unknown person &apos;{person}&apos; (not in the event&apos;s roster)</source>
        <extracomment>The network address it came from: set by the server for a phone (net/access.py), never by it.</extracomment>
        <translation>không rõ người &apos;{person}&apos; (không có trong danh sách sự kiện)</translation>
    </message>
    <message>
        <source>{name} has already asked for the floor: withdraw that request first</source>
        <translation>{name} đã xin phát biểu rồi: hãy rút yêu cầu đó trước</translation>
    </message>
    <message>
        <source>this phone has {count} requests waiting already: withdraw one first</source>
        <translation>điện thoại này đã có {count} yêu cầu đang chờ: hãy rút một yêu cầu trước</translation>
    </message>
    <message>
        <source>{count} requests are waiting from this network address already: try again later</source>
        <translation>đã có {count} yêu cầu đang chờ từ địa chỉ mạng này: hãy thử lại sau</translation>
    </message>
    <message>
        <source>{count} requests are waiting already: try again later</source>
        <translation>đã có {count} yêu cầu đang chờ: hãy thử lại sau</translation>
    </message>
    <message>
        <source>request &apos;{request}&apos; was made from another device</source>
        <translation>yêu cầu &apos;{request}&apos; được gửi từ thiết bị khác</translation>
    </message>
    <message>
        <source>{name} has had the floor already</source>
        <translation>{name} đã phát biểu rồi</translation>
    </message>
    <message>
        <source>request &apos;{request}&apos; is {status} already</source>
        <translation>yêu cầu &apos;{request}&apos; đã ở trạng thái {status}</translation>
    </message>
    <message>
        <source>position {position} is past the end of the queue ({count} entries)</source>
        <translation>vị trí {position} vượt quá cuối hàng đợi ({count} mục)</translation>
    </message>
    <message>
        <source>{name} is no longer in the queue</source>
        <translation>{name} không còn trong hàng đợi</translation>
    </message>
    <message>
        <source>{name} has spoken since</source>
        <translation>{name} đã nói từ đó</translation>
    </message>
    <message>
        <source>accept {name}</source>
        <translation>chấp nhận {name}</translation>
    </message>
    <message>
        <source>decline {name}</source>
        <translation>từ chối {name}</translation>
    </message>
    <message>
        <source>no open request from that phone</source>
        <translation>không có yêu cầu nào đang chờ từ điện thoại đó</translation>
    </message>
    <message>
        <source>clearing {count} requests</source>
        <translation>xóa {count} yêu cầu</translation>
    </message>
    <message>
        <source>add {name}</source>
        <translation>thêm {name}</translation>
    </message>
    <message>
        <source>{name} is speaking; only speakers still to speak can move</source>
        <translation>{name} đang nói; chỉ diễn giả chưa nói mới di chuyển được</translation>
    </message>
    <message>
        <source>{name} has spoken; only speakers still to speak can move</source>
        <translation>{name} đã nói; chỉ diễn giả chưa nói mới di chuyển được</translation>
    </message>
    <message>
        <source>position {position} is past the end of the queue (0 to {last})</source>
        <translation>vị trí {position} vượt quá cuối hàng đợi (0 đến {last})</translation>
    </message>
    <message>
        <source>{name} has moved on</source>
        <translation>{name} đã chuyển sang bước khác</translation>
    </message>
    <message>
        <source>move {name}</source>
        <translation>di chuyển {name}</translation>
    </message>
    <message>
        <source>{name} has spoken and stays in the record; skip instead</source>
        <translation>{name} đã nói và được giữ trong biên bản; hãy bỏ qua thay vì xóa</translation>
    </message>
    <message>
        <source>another entry now has the id &apos;{id}&apos;</source>
        <translation>một mục khác đã có mã &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>remove {name}</source>
        <translation>xóa {name}</translation>
    </message>
    <message>
        <source>{name} is not waiting to speak</source>
        <translation>{name} không chờ nói</translation>
    </message>
    <message>
        <source>skip {name}</source>
        <translation>bỏ qua {name}</translation>
    </message>
    <message>
        <source>{name} is already in the queue</source>
        <translation>{name} đã ở trong hàng đợi</translation>
    </message>
    <message>
        <source>return {name}</source>
        <translation>đưa {name} về hàng đợi</translation>
    </message>
    <message>
        <source>{name} is {cue}; cues apply to speakers still to speak</source>
        <translation>{name} đang ở trạng thái &apos;{cue}&apos;; tín hiệu chỉ dành cho diễn giả chưa nói</translation>
    </message>
    <message>
        <source>cue {cue} for {name}</source>
        <translation>tín hiệu &apos;{cue}&apos; cho {name}</translation>
    </message>
    <message>
        <source>notes of {title}</source>
        <translation>ghi chú của {title}</translation>
    </message>
    <message>
        <source>no message &apos;{id}&apos;</source>
        <extracomment>Who writes (the booth&apos;s token always sends &quot;booth&quot;); left out: the stage manager. The sender&apos;s id for the message (a venue&apos;s UUID): its acknowledgement goes back under it.</extracomment>
        <translation>không có tin nhắn &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <extracomment>What a step touches when it does not say: everything (it conflicts with any later step of another). Whose change it is (&quot;&quot; the moderator&apos;s own keys; else who sent it: core/dispatch.py), set by the dispatcher. What it changed (hashable keys such as (&quot;run&quot;, id)); two steps conflict when they share one. What steps that insert, remove or move segments share: the segments&apos; order.</extracomment>
        <translation>không có gì để hoàn tác</translation>
    </message>
    <message>
        <source>cannot undo &apos;{label}&apos;: {who} changed it since (undo theirs first)</source>
        <translation>không thể hoàn tác &apos;{label}&apos;: {who} đã thay đổi nó sau đó (hãy hoàn tác thay đổi của họ trước)</translation>
    </message>
    <message>
        <source>cannot undo &apos;{label}&apos;: {reason}</source>
        <translation>không thể hoàn tác &apos;{label}&apos;: {reason}</translation>
    </message>
    <message>
        <source>The session journal was damaged ({damage}). Recovered everything up to the last good record; the damaged file is kept at {path}.</source>
        <extracomment>A run taken up again (recovered, resumed): its journal&apos;s last record, on the run&apos;s clock. What happened after it may not have been seen by anyone (automations: core/automation_watch.py). The term record that gave the show to another laptop (#29): this one stood down. The run&apos;s last term record, if it was ever taken over (or stood down).</extracomment>
        <translation>Nhật ký phiên bị hỏng ({damage}). Đã khôi phục mọi thứ đến bản ghi tốt cuối cùng; tệp hỏng được giữ tại {path}.</translation>
    </message>
    <message>
        <source>its start</source>
        <translation>lúc bắt đầu</translation>
    </message>
    <message>
        <source>Resumed the session from {time} ({count} recorded changes).</source>
        <translation>Đã tiếp tục phiên từ {time} ({count} thay đổi đã ghi).</translation>
    </message>
    <message>
        <source>Recovered the session from {time} ({count} recorded changes).</source>
        <translation>Đã khôi phục phiên từ {time} ({count} thay đổi đã ghi).</translation>
    </message>
    <message>
        <source>{count} recorded change(s) no longer apply to this event file: {changes}</source>
        <translation>{count} thay đổi đã ghi không còn áp dụng cho tệp sự kiện này: {changes}</translation>
    </message>
    <message>
        <source>The event file has changed since this run&apos;s plan was recorded; the run goes on with its own plan. Reload the file to take its changes.</source>
        <translation>Tệp sự kiện đã thay đổi kể từ khi kế hoạch của buổi này được ghi lại; buổi này tiếp tục với kế hoạch của nó. Hãy tải lại tệp để nhận các thay đổi.</translation>
    </message>
    <message>
        <source>The session journal has lost or repeated lines: {problems}</source>
        <translation>Nhật ký phiên bị mất hoặc lặp dòng: {problems}</translation>
    </message>
    <message>
        <source>Reloaded the event file ({count} recorded changes replayed).</source>
        <translation>Đã tải lại tệp sự kiện ({count} thay đổi đã ghi được áp dụng lại).</translation>
    </message>
    <message>
        <source>{count} recorded change(s) no longer apply: {changes}</source>
        <translation>{count} thay đổi đã ghi không còn áp dụng: {changes}</translation>
    </message>
    <message>
        <source>Could not read {path} ({error}); using default settings.</source>
        <translation>Không đọc được {path} ({error}); dùng thiết lập mặc định.</translation>
    </message>
    <message>
        <source>{path} is not valid JSON ({error}); using default settings.</source>
        <translation>{path} không phải JSON hợp lệ ({error}); dùng thiết lập mặc định.</translation>
    </message>
    <message>
        <source>{path} does not hold settings; using default settings.</source>
        <translation>{path} không chứa thiết lập; dùng thiết lập mặc định.</translation>
    </message>
    <message>
        <source>{path}: bad values for {names}; using the defaults for those.</source>
        <translation>{path}: giá trị sai cho {names}; dùng giá trị mặc định cho các mục đó.</translation>
    </message>
    <message>
        <source>The app-wide automations are not used: {problem}</source>
        <translation>Các tự động hóa chung của ứng dụng không được dùng: {problem}</translation>
    </message>
    <message>
        <source>empty duration</source>
        <translation>thời lượng trống</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a duration (try 90s, 5m, 1h30m, 4:30 or 1:02:03)</source>
        <translation>&apos;{text}&apos; không phải thời lượng (thử 90s, 5m, 1h30m, 4:30 hoặc 1:02:03)</translation>
    </message>
    <message>
        <source>a duration must be more than 0</source>
        <translation>thời lượng phải lớn hơn 0</translation>
    </message>
    <message>
        <source>a duration must be at most 24h</source>
        <translation>thời lượng tối đa 24h</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time of day (use HH:MM or HH:MM:SS, 24-hour)</source>
        <translation>&apos;{text}&apos; không phải giờ trong ngày (dùng HH:MM hoặc HH:MM:SS, 24 giờ)</translation>
    </message>
    <message>
        <source>tag &apos;{tag}&apos; is not allowed; event files hold plain data only</source>
        <extracomment>An unquoted scalar that YAML 1.2 reads as a number or true/false (core/automation_format.py). YAML problems told about one file (tags repeated in a generated file could be thousands).</extracomment>
        <translation>không cho phép thẻ &apos;{tag}&apos;; tệp sự kiện chỉ chứa dữ liệu thuần</translation>
    </message>
    <message>
        <source>keys must be plain words, not lists or mappings</source>
        <translation>khóa phải là từ đơn giản, không phải danh sách hay bảng khóa</translation>
    </message>
    <message>
        <source>{problem} (first at line {line})</source>
        <translation>{problem} (lần đầu ở dòng {line})</translation>
    </message>
    <message>
        <source>the event file</source>
        <translation>tệp sự kiện</translation>
    </message>
    <message>
        <source>at most {count} groups in a budget</source>
        <translation>tối đa {count} nhóm trong một ngân sách</translation>
    </message>
    <message>
        <source>end {end} must be after start {start}</source>
        <translation>giờ kết thúc {end} phải sau giờ bắt đầu {start}</translation>
    </message>
    <message>
        <source>unknown trigger &apos;{raw}&apos; (one of: {choices}){hint}</source>
        <extracomment>How deep a body may nest, and how many items a list or keys a mapping in it may hold (the journal&apos;s plan record reads its mappings with the same bound: core/plan_data.py). An HTTP header&apos;s name: a token (RFC 9110). YAML 1.2&apos;s core schema: what an unquoted scalar means when it is not text.</extracomment>
        <translation>không rõ sự kiện kích hoạt &apos;{raw}&apos; (một trong: {choices}){hint}</translation>
    </message>
    <message>
        <source>unknown HTTP method &apos;{raw}&apos; (one of: {choices})</source>
        <translation>không rõ phương thức HTTP &apos;{raw}&apos; (một trong: {choices})</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not an http:// or https:// address</source>
        <translation>&apos;{raw}&apos; không phải là địa chỉ http:// hoặc https://</translation>
    </message>
    <message>
        <source>placeholders go in the address&apos;s path or query, not in its host: &apos;{raw}&apos;</source>
        <translation>biến thay thế đặt trong đường dẫn hoặc truy vấn của địa chỉ, không đặt trong máy chủ: &apos;{raw}&apos;</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not HOST:PORT (e.g. 10.0.0.6:53000)</source>
        <translation>&apos;{raw}&apos; không có dạng MÁY:CỔNG (ví dụ 10.0.0.6:53000)</translation>
    </message>
    <message>
        <source>an OSC address starts with / and holds no spaces, #, commas or braces: &apos;{raw}&apos;</source>
        <translation>địa chỉ OSC bắt đầu bằng / và không chứa dấu cách, #, dấu phẩy hay ngoặc nhọn: &apos;{raw}&apos;</translation>
    </message>
    <message>
        <source>a whole number from 0 to {limit}</source>
        <translation>một số nguyên từ 0 đến {limit}</translation>
    </message>
    <message>
        <source>an automation</source>
        <translation>một tự động hóa</translation>
    </message>
    <message>
        <source>no segment or kind &apos;{name}&apos; in this plan{hint}</source>
        <translation>không có phần hay kiểu &apos;{name}&apos; nào trong kế hoạch này{hint}</translation>
    </message>
    <message>
        <source>an automation sends one thing: &apos;http&apos; or &apos;osc&apos;, not both</source>
        <translation>một tự động hóa chỉ gửi một thứ: &apos;http&apos; hoặc &apos;osc&apos;, không phải cả hai</translation>
    </message>
    <message>
        <source>an automation needs &apos;http&apos; or &apos;osc&apos;</source>
        <translation>một tự động hóa cần &apos;http&apos; hoặc &apos;osc&apos;</translation>
    </message>
    <message>
        <source>the body is {size} bytes as JSON; at most {limit}</source>
        <translation>nội dung dài {size} byte dạng JSON; tối đa {limit}</translation>
    </message>
    <message>
        <source>{what} has more than {limit} items</source>
        <translation>{what} có hơn {limit} mục</translation>
    </message>
    <message>
        <source>an OSC argument is a number, a text, true/false or null</source>
        <translation>một đối số OSC là số, văn bản, true/false hoặc null</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a header name</source>
        <translation>&apos;{name}&apos; không phải là tên tiêu đề</translation>
    </message>
    <message>
        <source>nests too deeply</source>
        <translation>lồng nhau quá sâu</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>không phải là số</translation>
    </message>
    <message>
        <source>write a placeholder in quotes: {shown}</source>
        <translation>hãy viết biến thay thế trong dấu ngoặc kép: {shown}</translation>
    </message>
    <message>
        <source>must be text, a number, true/false, a list or a mapping</source>
        <translation>phải là văn bản, số, true/false, danh sách hoặc ánh xạ</translation>
    </message>
    <message>
        <source>unknown placeholder {name}{hint}</source>
        <translation>không rõ biến thay thế {name}{hint}</translation>
    </message>
    <message>
        <source>{host} is not on this network: sent only when the preferences allow automations to other hosts</source>
        <translation>{host} không thuộc mạng này: chỉ gửi khi phần tùy chọn cho phép tự động hóa tới máy khác</translation>
    </message>
    <message>
        <source>a person</source>
        <extracomment>A budget&apos;s group: what the people&apos;s sector or organization says.</extracomment>
        <translation>một người</translation>
    </message>
    <message>
        <source>{what} must be an object of the event file&apos;s fields</source>
        <extracomment>What a segment that has started can no longer change (its time is history).</extracomment>
        <translation>{what} phải là một đối tượng gồm các trường của tệp sự kiện</translation>
    </message>
    <message>
        <source>only what is still to come can change: put it after the live segment</source>
        <translation>chỉ phần chưa diễn ra mới thay đổi được: hãy đặt nó sau phần đang diễn ra</translation>
    </message>
    <message>
        <source>segment: {problem}</source>
        <translation>phần: {problem}</translation>
    </message>
    <message>
        <source>duplicate segment id &apos;{id}&apos;</source>
        <translation>mã phần &apos;{id}&apos; bị trùng</translation>
    </message>
    <message>
        <source>a plan holds at most {limit} segments</source>
        <translation>một kế hoạch có tối đa {limit} phần</translation>
    </message>
    <message>
        <source>it has started</source>
        <translation>phần này đã bắt đầu</translation>
    </message>
    <message>
        <source>inserting &apos;{title}&apos;</source>
        <translation>việc chèn &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>segment &apos;{segment}&apos; has started; only what is still to come can go</source>
        <translation>phần &apos;{segment}&apos; đã bắt đầu; chỉ phần chưa diễn ra mới bỏ được</translation>
    </message>
    <message>
        <source>the plan needs at least one segment</source>
        <translation>kế hoạch cần ít nhất một phần</translation>
    </message>
    <message>
        <source>the show has moved past its place</source>
        <translation>chương trình đã đi qua vị trí của nó</translation>
    </message>
    <message>
        <source>removing &apos;{title}&apos;</source>
        <translation>việc bỏ &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>&quot;after&quot; must be another segment</source>
        <translation>&quot;after&quot; phải là một phần khác</translation>
    </message>
    <message>
        <source>segment &apos;{segment}&apos; has started; it stays where it ran</source>
        <translation>phần &apos;{segment}&apos; đã bắt đầu; nó ở nguyên chỗ đã diễn ra</translation>
    </message>
    <message>
        <source>moving &apos;{title}&apos;</source>
        <translation>việc chuyển &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>&quot;fields&quot; is empty: nothing to change</source>
        <translation>&quot;fields&quot; trống: không có gì để đổi</translation>
    </message>
    <message>
        <source>unknown key &apos;{name}&apos; (known: {keys})</source>
        <translation>khóa không rõ &apos;{name}&apos; (các khóa: {keys})</translation>
    </message>
    <message>
        <source>segment &apos;{segment}&apos; has started: its {field} stays as it was</source>
        <translation>phần &apos;{segment}&apos; đã bắt đầu: {field} của nó giữ nguyên</translation>
    </message>
    <message>
        <source>a new speaker has spoken</source>
        <translation>một diễn giả mới đã phát biểu</translation>
    </message>
    <message>
        <source>changing &apos;{title}&apos;</source>
        <translation>việc sửa &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>a plan holds at most {limit} people</source>
        <translation>một kế hoạch có tối đa {limit} người</translation>
    </message>
    <message>
        <source>duplicate person id &apos;{pid}&apos;</source>
        <translation>trùng mã người &apos;{pid}&apos;</translation>
    </message>
    <message>
        <source>person: {problem}</source>
        <translation>người: {problem}</translation>
    </message>
    <message>
        <source>{name} is in the plan now</source>
        <translation>{name} hiện đã có trong kế hoạch</translation>
    </message>
    <message>
        <source>adding {name}</source>
        <translation>việc thêm {name}</translation>
    </message>
    <message>
        <source>{name} is in the plan (&apos;{segment}&apos;): take them out of it first</source>
        <translation>{name} đang có trong kế hoạch (&apos;{segment}&apos;): hãy bỏ khỏi đó trước</translation>
    </message>
    <message>
        <source>removing {name}</source>
        <translation>việc bỏ {name}</translation>
    </message>
    <message>
        <source>a person&apos;s id stays as it is (add a new person instead)</source>
        <translation>mã của một người không đổi được (hãy thêm người mới)</translation>
    </message>
    <message>
        <source>no person with id &apos;{person}&apos;</source>
        <translation>không có người nào mã &apos;{person}&apos;</translation>
    </message>
    <message>
        <source>changing {name}</source>
        <translation>việc sửa {name}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <extracomment>Problems told about one file before the walk stops (a broken generator can make thousands). Its name among the schema&apos;s `$defs` (None: written where it is used). The value was read by a rule: shown without its path, its key goes first (`duration: ...`). About the key itself (unknown, repeated), not its value. Where the first of a repeated id or key is.
----------
How deep a stranger&apos;s plan data may nest (the format itself goes four levels down); a whole plan (the journal&apos;s record) holds automations, whose body may nest MAX_BODY_DEPTH more. Keys of one mapping (a body&apos;s mapping is held to the same). Cells that may be left empty (an empty `duration` is not: a segment has one).</extracomment>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source> (add it under &apos;people&apos;)</source>
        <translation> (hãy thêm vào mục &apos;people&apos;)</translation>
    </message>
    <message>
        <source>unknown person id &apos;{pid}&apos;{hint}</source>
        <translation>không rõ mã người &apos;{pid}&apos;{hint}</translation>
    </message>
    <message>
        <source>&apos;segments&apos; needs at least one segment</source>
        <translation>&apos;segments&apos; cần ít nhất một phần</translation>
    </message>
    <message>
        <source>a segment</source>
        <extracomment>A speaker is written as a person id, as `{ref: id, ...}` or as someone of its own (`{name: ...}`).</extracomment>
        <translation>một phần</translation>
    </message>
    <message>
        <source>{what} needs at least one group</source>
        <translation>{what} cần ít nhất một nhóm</translation>
    </message>
    <message>
        <source>min_duration is longer than the segment&apos;s duration</source>
        <translation>min_duration dài hơn thời lượng của phần</translation>
    </message>
    <message>
        <source>speaker times add up to {allotted}, more than the segment&apos;s {duration}</source>
        <translation>tổng thời gian diễn giả là {allotted}, nhiều hơn {duration} của phần</translation>
    </message>
    <message>
        <source>duplicate speaker id &apos;{id}&apos; in this segment</source>
        <translation>trùng mã diễn giả &apos;{id}&apos; trong phần này</translation>
    </message>
    <message>
        <source>&apos;count: to {time}&apos; is not after the segment&apos;s planned start {start}: it would start in overtime</source>
        <translation>&apos;count: to {time}&apos; không sau giờ bắt đầu dự kiến {start} của phần này: phần này sẽ bắt đầu khi đã quá giờ</translation>
    </message>
    <message>
        <source>&apos;count: to {time}&apos; ends this segment at {time}, but its duration ends it at {end} (a duration of {should} would end it at {time})</source>
        <translation>&apos;count: to {time}&apos; kết thúc phần này lúc {time}, nhưng thời lượng của nó kết thúc lúc {end} (thời lượng {should} sẽ kết thúc lúc {time})</translation>
    </message>
    <message>
        <source>a speaker</source>
        <translation>một diễn giả</translation>
    </message>
    <message>
        <source>&apos;by&apos; is {choices}, not &apos;{value}&apos;</source>
        <extracomment>A title (the event&apos;s, a segment&apos;s) and a person&apos;s name: one line, trimmed. A plan of 2,000 segments of 200 speakers is far beyond any event; a 64 KB request cannot come near it, and a 10 MB file is refused with a clear word rather than read for minutes. Questions, cues, documents: items in one segment&apos;s list. Other spellings of keys, read as the key they spell.</extracomment>
        <translation>&apos;by&apos; là {choices}, không phải &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>unknown time zone &apos;{raw}&apos; (use an IANA name like Asia/Ho_Chi_Minh)</source>
        <translation>không rõ múi giờ &apos;{raw}&apos; (dùng tên IANA như Asia/Ho_Chi_Minh)</translation>
    </message>
    <message>
        <source>fixed start {start} overlaps what comes before by {overlap}</source>
        <translation>giờ bắt đầu cố định {start} chồng lên phần trước {overlap}</translation>
    </message>
    <message>
        <source>the planned end {end} is after the hard stop by {over}</source>
        <translation>dự kiến kết thúc {end} muộn hơn hạn chót {over}</translation>
    </message>
    <message>
        <source>the file nests too deeply to be an event file</source>
        <translation>tệp lồng nhau quá sâu, không phải tệp sự kiện</translation>
    </message>
    <message>
        <source>the file does not describe an event</source>
        <extracomment>The file&apos;s text as read (what a save keeps the comments and layout of).</extracomment>
        <translation>tệp không mô tả một sự kiện</translation>
    </message>
    <message>
        <source>this is a folder, not an event file</source>
        <translation>đây là thư mục, không phải tệp sự kiện</translation>
    </message>
    <message>
        <source>the file is {size} MB; event files are at most 10 MB</source>
        <translation>tệp nặng {size} MB; tệp sự kiện tối đa 10 MB</translation>
    </message>
    <message>
        <source>this is not a regular file (a pipe or a device?)</source>
        <translation>đây không phải tệp thông thường (một pipe hay thiết bị?)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>không có tệp này</translation>
    </message>
    <message>
        <source>permission denied: cannot read this file</source>
        <translation>không có quyền: không đọc được tệp này</translation>
    </message>
    <message>
        <source>cannot read the file: {error}</source>
        <translation>không đọc được tệp: {error}</translation>
    </message>
    <message>
        <source>the file is over 10 MB; event files are smaller</source>
        <translation>tệp lớn hơn 10 MB; tệp sự kiện nhỏ hơn thế</translation>
    </message>
    <message>
        <source>the file is empty; an event file starts with &apos;version: 1&apos;</source>
        <translation>tệp trống; tệp sự kiện bắt đầu bằng &apos;version: 1&apos;</translation>
    </message>
    <message>
        <source>; did you mean &apos;{word}&apos;?</source>
        <translation>; có phải ý bạn là &apos;{word}&apos;?</translation>
    </message>
    <message>
        <source>{what} must be a mapping of &apos;key: value&apos; lines</source>
        <translation>{what} phải là các dòng &apos;khóa: giá trị&apos;</translation>
    </message>
    <message>
        <source>merge keys (&apos;&lt;&lt;&apos;) are not supported in event files</source>
        <translation>tệp sự kiện không hỗ trợ khóa gộp (&apos;&lt;&lt;&apos;)</translation>
    </message>
    <message>
        <source>duplicate key &apos;{name}&apos; (first at line {line})</source>
        <translation>trùng khóa &apos;{name}&apos; (lần đầu ở dòng {line})</translation>
    </message>
    <message>
        <source>must be text, not a list</source>
        <translation>phải là chữ, không phải danh sách</translation>
    </message>
    <message>
        <source>must be text, not a mapping</source>
        <translation>phải là chữ, không phải bảng khóa</translation>
    </message>
    <message>
        <source>keys must be text</source>
        <translation>khóa phải là chữ</translation>
    </message>
    <message>
        <source> in {what} (known: {keys})</source>
        <translation> trong {what} (các khóa hợp lệ: {keys})</translation>
    </message>
    <message>
        <source>unknown key &apos;{name}&apos;{hint}</source>
        <translation>không rõ khóa &apos;{name}&apos;{hint}</translation>
    </message>
    <message>
        <source>duplicate key &apos;{name}&apos;</source>
        <translation>trùng khóa &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>{what} must be a list (&apos;- &apos; items)</source>
        <translation>{what} phải là danh sách (các mục &apos;- &apos;)</translation>
    </message>
    <message>
        <source>{what} needs &apos;{key}&apos;</source>
        <translation>{what} cần &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not true or false</source>
        <translation>&apos;{raw}&apos; không phải true hay false</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>&apos;{raw}&apos; không phải ngày (dùng YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>is limited to {limit} characters</source>
        <extracomment>Years an event can be in: a plan of many long segments near year 9999 would run off the calendar. Line breaks other than `
`: CR LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. How much of a value that cannot be read a message repeats (a 100 KB &quot;date&quot; is not said back whole).</extracomment>
        <translation>tối đa {limit} ký tự</translation>
    </message>
    <message>
        <source>the date must be from {first} to {last}</source>
        <translation>ngày phải từ {first} đến {last}</translation>
    </message>
    <message>
        <source>unknown type &apos;{raw}&apos; (one of: {choices}){hint}</source>
        <translation>không rõ loại &apos;{raw}&apos; (một trong: {choices}){hint}</translation>
    </message>
    <message>
        <source>unknown kind &apos;{raw}&apos; (one of: {choices}){hint}</source>
        <translation>không rõ kiểu &apos;{raw}&apos; (một trong: {choices}){hint}</translation>
    </message>
    <message>
        <source>unknown version &apos;{raw}&apos;; this app reads version {version}</source>
        <translation>không rõ phiên bản &apos;{raw}&apos;; ứng dụng này đọc phiên bản {version}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x{byte}); save it as UTF-8</source>
        <translation>tệp không phải văn bản UTF-8 (byte 0x{byte}); hãy lưu dưới dạng UTF-8</translation>
    </message>
    <message>
        <source>YAML syntax: {problem}</source>
        <translation>cú pháp YAML: {problem}</translation>
    </message>
    <message>
        <source>this show has no event file to reload</source>
        <extracomment>The event file as last read or saved: what Save compares against and writes into. What the `reload` command does: the session&apos;s (ShowApp.reload_command), which knows the windows.</extracomment>
        <translation>chương trình này không có tệp sự kiện để tải lại</translation>
    </message>
    <message>
        <source>this show has no event file to save to</source>
        <translation>chương trình này không có tệp sự kiện để lưu</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <extracomment>Answers kept for repeated request ids (the oldest are forgotten first). What `undo` reverted, newest last, for `redo`: (owner, command); anything new its owner does clears theirs.</extracomment>
        <translation>không có gì để làm lại</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Đang chạy</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>Kết thúc dần</translation>
    </message>
    <message>
        <source>Final seconds</source>
        <translation>Những giây cuối</translation>
    </message>
    <message>
        <source>Overtime: please conclude</source>
        <translation>Quá giờ: xin kết thúc</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>The show has ended</source>
        <translation>Chương trình đã kết thúc</translation>
    </message>
    <message>
        <source>{title} started</source>
        <translation>{title} đã bắt đầu</translation>
    </message>
    <message>
        <source>Ready: {title}</source>
        <translation>Sẵn sàng: {title}</translation>
    </message>
    <message>
        <source>{name} has the floor</source>
        <translation>{name} đang phát biểu</translation>
    </message>
    <message>
        <source>Message from the stage: {text}</source>
        <translation>Tin nhắn từ sân khấu: {text}</translation>
    </message>
    <message>
        <source>SLOW DOWN</source>
        <extracomment>The booth&apos;s signals (resources/web/booth.js sends them in English), said in the listener&apos;s language.</extracomment>
        <translation>NÓI CHẬM LẠI</translation>
    </message>
    <message>
        <source>NO SOUND</source>
        <translation>KHÔNG CÓ TIẾNG</translation>
    </message>
    <message>
        <source>RELAY LOST</source>
        <translation>MẤT TÍN HIỆU TIẾP SÓNG</translation>
    </message>
    <message>
        <source>BOOTH READY</source>
        <translation>CABIN SẴN SÀNG</translation>
    </message>
    <message>
        <source>Message from the booth: {text}</source>
        <translation>Tin nhắn từ cabin phiên dịch: {text}</translation>
    </message>
    <message>
        <source>Message from {sender}: {text}</source>
        <translation>Tin nhắn từ {sender}: {text}</translation>
    </message>
    <message>
        <source>{name} asks for the floor</source>
        <translation>{name} xin phát biểu</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 giờ</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} giờ</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 phút</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} phút</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 giây</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} giây</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>The show has ended.</source>
        <translation>Chương trình đã kết thúc.</translation>
    </message>
    <message>
        <source>Ready: {title}, {length}.</source>
        <translation>Sẵn sàng: {title}, {length}.</translation>
    </message>
    <message>
        <source>{title}: {over} over.</source>
        <translation>{title}: quá {over}.</translation>
    </message>
    <message>
        <source>{title}: {left} left, {state}.</source>
        <translation>{title}: còn {left}, {state}.</translation>
    </message>
    <message>
        <source>{amount} behind.</source>
        <translation>Chậm {amount}.</translation>
    </message>
    <message>
        <source>{amount} ahead.</source>
        <translation>Sớm {amount}.</translation>
    </message>
    <message>
        <source>On time.</source>
        <translation>Đúng giờ.</translation>
    </message>
    <message>
        <source>Hard stop in {left}.</source>
        <translation>Hạn chót sau {left}.</translation>
    </message>
    <message>
        <source>The hard stop passed {ago} ago.</source>
        <translation>Đã qua hạn chót {ago}.</translation>
    </message>
    <message>
        <source>{name} speaking.</source>
        <translation>{name} đang nói.</translation>
    </message>
    <message>
        <source>{name} speaking, {left} left.</source>
        <translation>{name} đang nói, còn {left}.</translation>
    </message>
    <message>
        <source>{name} speaking, {over} over.</source>
        <translation>{name} đang nói, quá {over}.</translation>
    </message>
    <message>
        <source>Next speaker: {name}.</source>
        <translation>Diễn giả tiếp theo: {name}.</translation>
    </message>
    <message>
        <source>Unread message from the stage: {text}</source>
        <translation>Tin nhắn chưa đọc từ sân khấu: {text}</translation>
    </message>
    <message>
        <source>{name} is on standby</source>
        <translation>{name} đang chờ sẵn</translation>
    </message>
    <message>
        <source>{name} is ready</source>
        <translation>{name} đã sẵn sàng</translation>
    </message>
    <message>
        <source>{name} is waiting again</source>
        <translation>{name} lại đang chờ</translation>
    </message>
    <message>
        <source>The moderator saw: {text}</source>
        <translation>Người điều phối đã xem: {text}</translation>
    </message>
    <message>
        <source>a share must be more than 0% and at most 100% (not {value})</source>
        <translation>tỷ lệ phải lớn hơn 0% và không quá 100% (không phải {value})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is neither a share (40%) nor a time (15m)</source>
        <translation>&apos;{value}&apos; không phải tỷ lệ (40%) cũng không phải thời lượng (15m)</translation>
    </message>
    <message>
        <source>the shares add up to {total}%, more than 100%</source>
        <translation>tổng các tỷ lệ là {total}%, vượt quá 100%</translation>
    </message>
    <message>
        <source>TLS failed: {error}</source>
        <translation>TLS thất bại: {error}</translation>
    </message>
    <message>
        <source>the broker lets anyone on the network in (no password) — anyone can send messages to the rooms; see docs/venue.md</source>
        <translation>máy chủ tin nhắn cho bất kỳ ai trong mạng kết nối (không cần mật khẩu) — bất kỳ ai cũng có thể gửi tin nhắn đến các phòng; xem docs/venue.md</translation>
    </message>
    <message>
        <source>the broker refused user {user} — check the password</source>
        <translation>máy chủ tin nhắn đã từ chối người dùng {user} — hãy kiểm tra mật khẩu</translation>
    </message>
    <message>
        <source>the broker refuses clients without a user name — give --venue-user, and the password in RUNOFSHOW_VENUE_PASSWORD</source>
        <translation>máy chủ tin nhắn từ chối kết nối không có tên người dùng — hãy dùng --venue-user, và đặt mật khẩu trong RUNOFSHOW_VENUE_PASSWORD</translation>
    </message>
    <message>
        <source>the broker refused the connection ({reason})</source>
        <translation>máy chủ tin nhắn đã từ chối kết nối ({reason})</translation>
    </message>
    <message>
        <source>messages from the broker keep failing ({error})</source>
        <translation>tin nhắn từ máy chủ tin nhắn liên tục bị lỗi ({error})</translation>
    </message>
    <message>
        <source>the link to the broker stopped (its network thread ended): restart runofshow</source>
        <translation>kết nối với máy chủ tin nhắn đã dừng (luồng mạng đã kết thúc): hãy khởi động lại runofshow</translation>
    </message>
    <message>
        <source>the plan has changed since version {sent} (it is now {now}): read the state again</source>
        <extracomment>The token whose request ids are kept unprefixed (as journals before per-token ids have them).</extracomment>
        <translation>kế hoạch đã thay đổi từ phiên bản {sent} (nay là {now}): hãy đọc lại trạng thái</translation>
    </message>
    <message>
        <source>&quot;by&quot; must be text of at most {limit} characters</source>
        <translation>&quot;by&quot; phải là văn bản tối đa {limit} ký tự</translation>
    </message>
    <message>
        <source>&quot;if_version&quot; must be the plan_version of the state (a whole number)</source>
        <translation>&quot;if_version&quot; phải là plan_version của trạng thái (một số nguyên)</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <extracomment>A day&apos;s event file, as the venue file names it (relative to the venue file&apos;s folder, or absolute).</extracomment>
        <translation>&apos;{raw}&apos; phải gồm 1 đến 64 chữ cái, chữ số, &apos;.&apos;, &apos;_&apos; hoặc &apos;-&apos;</translation>
    </message>
    <message>
        <source>the venue file</source>
        <translation>tệp địa điểm</translation>
    </message>
    <message>
        <source>&apos;rooms&apos; needs at least one room</source>
        <translation>&apos;rooms&apos; cần ít nhất một phòng</translation>
    </message>
    <message>
        <source>a room</source>
        <translation>một phòng</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>một ngày</translation>
    </message>
    <message>
        <source>duplicate room id &apos;{id}&apos;</source>
        <translation>mã phòng &apos;{id}&apos; bị trùng</translation>
    </message>
    <message>
        <source>a second file for {date}</source>
        <translation>tệp thứ hai cho ngày {date}</translation>
    </message>
    <message>
        <source>the file does not describe a venue</source>
        <translation>tệp không mô tả một địa điểm</translation>
    </message>
    <message>
        <source>read {table}, header at row {row}: {columns}</source>
        <translation>đã đọc {table}, dòng tiêu đề {row}: {columns}</translation>
    </message>
    <message>
        <source>read {table} without a header row: {columns}</source>
        <translation>đã đọc {table} không có dòng tiêu đề: {columns}</translation>
    </message>
    <message>
        <source>date-times written at {offset} are turned into {zone}</source>
        <translation>ngày giờ ghi theo {offset} được đổi sang {zone}</translation>
    </message>
    <message>
        <source>rooms: {count} ({names}), from the column {column}</source>
        <translation>phòng: {count} ({names}), từ cột {column}</translation>
    </message>
    <message>
        <source>chosen: {what}</source>
        <translation>đã chọn: {what}</translation>
    </message>
    <message>
        <source>segments: {count}, in {files} runs of show (one per room and day)</source>
        <translation>phần: {count}, trong {files} kịch bản (mỗi phòng mỗi ngày một kịch bản)</translation>
    </message>
    <message>
        <source>segments: {count}</source>
        <translation>phần: {count}</translation>
    </message>
    <message>
        <source>people: {count}</source>
        <translation>người: {count}</translation>
    </message>
    <message>
        <source>read as: {what}</source>
        <translation>được hiểu là: {what}</translation>
    </message>
    <message>
        <source>skipped: {what}</source>
        <translation>bỏ qua: {what}</translation>
    </message>
    <message>
        <source>Ontime&apos;s custom fields, kept as cues: {columns}</source>
        <translation>các trường tùy chỉnh của Ontime, giữ làm tín hiệu: {columns}</translation>
    </message>
    <message>
        <source>columns not used: {columns}</source>
        <translation>các cột không dùng: {columns}</translation>
    </message>
    <message>
        <source>title: {title} (from the cell {cell})</source>
        <translation>tiêu đề: {title} (từ ô {cell})</translation>
    </message>
    <message>
        <source>title: {title} (given)</source>
        <translation>tiêu đề: {title} (đã cho)</translation>
    </message>
    <message>
        <source>title: {title} (the file&apos;s name: give --title)</source>
        <translation>tiêu đề: {title} (tên tệp: hãy cho --title)</translation>
    </message>
    <message>
        <source>date: {dates} (from the cell {cell}: &apos;{written}&apos;)</source>
        <translation>ngày: {dates} (từ ô {cell}: &apos;{written}&apos;)</translation>
    </message>
    <message>
        <source>date: {dates} (given)</source>
        <translation>ngày: {dates} (đã cho)</translation>
    </message>
    <message>
        <source>dates: {dates}, from the column {column}</source>
        <translation>các ngày: {dates}, từ cột {column}</translation>
    </message>
    <message>
        <source>date: {dates}, today: give --date</source>
        <translation>ngày: {dates}, hôm nay: hãy cho --date</translation>
    </message>
    <message>
        <source>time zone: {zone} (from the cell {cell}: &apos;{written}&apos;)</source>
        <translation>múi giờ: {zone} (từ ô {cell}: &apos;{written}&apos;)</translation>
    </message>
    <message>
        <source>time zone: {zone} (given)</source>
        <translation>múi giờ: {zone} (đã cho)</translation>
    </message>
    <message>
        <source>time zone: {zone}, the computer&apos;s zone: give --timezone</source>
        <translation>múi giờ: {zone}, múi giờ của máy tính: hãy cho --timezone</translation>
    </message>
    <message>
        <source>start: {time} (from the cell {cell}: &apos;{written}&apos;)</source>
        <translation>bắt đầu: {time} (từ ô {cell}: &apos;{written}&apos;)</translation>
    </message>
    <message>
        <source>start: {time} (given)</source>
        <translation>bắt đầu: {time} (đã cho)</translation>
    </message>
    <message>
        <source>start: the rows&apos; own times; --start {time} is not used</source>
        <translation>bắt đầu: theo giờ của từng dòng; --start {time} không được dùng</translation>
    </message>
    <message>
        <source>start: {time} (the first row&apos;s)</source>
        <translation>bắt đầu: {time} (của dòng đầu tiên)</translation>
    </message>
    <message>
        <source>hard stop: {time} (from the cell {cell}: &apos;{written}&apos;)</source>
        <translation>giờ kết thúc cứng: {time} (từ ô {cell}: &apos;{written}&apos;)</translation>
    </message>
    <message>
        <source>hard stop: {time} (given)</source>
        <translation>giờ kết thúc cứng: {time} (đã cho)</translation>
    </message>
    <message>
        <source>hard stop: none (give --end HH:MM)</source>
        <translation>giờ kết thúc cứng: không có (hãy cho --end HH:MM)</translation>
    </message>
    <message>
        <source>{where}: row {row} ({title}, {span}) holds rows {rows}: read as a session block, its title a note on its first talk</source>
        <translation>{where}: dòng {row} ({title}, {span}) chứa các dòng {rows}: được hiểu là một khối phiên, tiêu đề của nó là ghi chú cho bài đầu tiên</translation>
    </message>
    <message>
        <source>{where}: rows {rows} share {span}{session}: read as its {count} parts of {minutes} min, in the table&apos;s order</source>
        <translation>{where}: các dòng {rows} cùng khung {span}{session}: được hiểu là {count} phần, mỗi phần {minutes} phút, theo thứ tự trong bảng</translation>
    </message>
    <message>
        <source>{where}: rows {rows} run beside the others: in a room of their own, {room}</source>
        <translation>{where}: các dòng {rows} diễn ra song song với các dòng khác: đặt vào một phòng riêng, {room}</translation>
    </message>
    <message>
        <source>row {row} ({title}): a heading after the last segment</source>
        <translation>dòng {row} ({title}): một tiêu đề mục sau phần cuối cùng</translation>
    </message>
    <message>
        <source>row {row} ({title}): it closes a group (Timer Type)</source>
        <extracomment>An end earlier than its start is the next day&apos;s when the row then lasts at most this long (an evening into the night: `06:30 PM - 12:00 AM`), and a mistake otherwise (`14:00 - 13:00`). Ontime&apos;s timer types that make a heading (a label in the rundown, no time of its own) and the one that only closes a group.</extracomment>
        <translation>dòng {row} ({title}): dòng này đóng một nhóm (Timer Type)</translation>
    </message>
    <message>
        <source>row {row} ({title}): Skip is set</source>
        <translation>dòng {row} ({title}): Skip đã được đánh dấu</translation>
    </message>
    <message>
        <source>&apos;count&apos; is down, up or &apos;to HH:MM&apos;, not &apos;{raw}&apos;</source>
        <translation>&apos;count&apos; là down, up hoặc &apos;to HH:MM&apos;, không phải &apos;{raw}&apos;</translation>
    </message>
    <message>
        <source>&apos;speaker_timer&apos; is shown or hidden, not &apos;{raw}&apos;</source>
        <translation>&apos;speaker_timer&apos; là shown hoặc hidden, không phải &apos;{raw}&apos;</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>chưa gửi</translation>
    </message>
    <message>
        <source>the filled body is {size} bytes; at most {limit}</source>
        <extracomment>Among occurrences at the same instant: a segment ends before the next starts, the show ends after its last segment, the floor is given in a segment that has started.</extracomment>
        <translation>nội dung sau khi điền dài {size} byte; tối đa {limit}</translation>
    </message>
    <message>
        <source>too many destinations at once; not sent</source>
        <extracomment>Jobs waiting in one lane; more are dropped (a device that is down must not pile up a show&apos;s worth). Lanes at once: destinations are at most the automations&apos; count (core/automations.py MAX_AUTOMATIONS, with the app-wide ones). Waits before each retry, in seconds (the last is repeated). What is read of an answer (its status is what matters). The occurrence&apos;s key (`wrap_up:panel1`): what it was fired for. Why it was not sent (None when it was). Read by the lanes at each job: the preferences may change it while the show runs. Set once closed: a wait between attempts ends, nothing more is tried.</extracomment>
        <translation>quá nhiều đích cùng lúc; chưa gửi</translation>
    </message>
    <message>
        <source>{count} automations already waiting for {where}; this one was dropped</source>
        <translation>đã có {count} tự động hóa chờ gửi tới {where}; cái này bị bỏ</translation>
    </message>
    <message>
        <source>the app closed before it could be sent</source>
        <translation>ứng dụng đã đóng trước khi kịp gửi</translation>
    </message>
    <message>
        <source>cannot find {host}: {error}</source>
        <translation>không tìm thấy {host}: {error}</translation>
    </message>
    <message>
        <source>{host} ({address}) is not on this network; the preferences can allow automations to other hosts</source>
        <translation>{host} ({address}) không thuộc mạng này; phần tùy chọn có thể cho phép tự động hóa tới máy khác</translation>
    </message>
    <message>
        <source>cannot make the OSC message: {error}</source>
        <translation>không tạo được thông điệp OSC: {error}</translation>
    </message>
    <message>
        <source>could not send to {where}: {error}</source>
        <translation>không gửi được tới {where}: {error}</translation>
    </message>
    <message>
        <source>no answer from {where} within {seconds} s</source>
        <translation>{where} không trả lời trong {seconds} giây</translation>
    </message>
    <message>
        <source>{where} answered {status} {reason}</source>
        <translation>{where} trả lời {status} {reason}</translation>
    </message>
    <message>
        <source>no audience question &apos;{question}&apos;</source>
        <extracomment>A question&apos;s text, as the contract says (docs/api.md). Questions waiting for a decision at once (more than any moderator reads; a script cannot flood). Questions kept in the live show, decided ones dropped oldest first (never a waiting one). Questions one may be merged with (what a &quot;×N&quot; on the bank says). Where the source of a bank question says &quot;from the audience&quot;. The segment live (or next) when it was asked; None before the first. The text as the phone sent it (`text` is the moderator&apos;s edit, if any).</extracomment>
        <translation>không có câu hỏi của khán giả &apos;{question}&apos;</translation>
    </message>
    <message>
        <source>this question has been sent already and waits for the moderator</source>
        <translation>câu hỏi này đã được gửi và đang chờ người điều phối</translation>
    </message>
    <message>
        <source>{count} questions are waiting already: try again later</source>
        <translation>đã có {count} câu hỏi đang chờ: hãy thử lại sau</translation>
    </message>
    <message>
        <source>this phone has sent {count} questions in the last {minutes} minutes: wait {wait} s</source>
        <translation>điện thoại này đã gửi {count} câu hỏi trong {minutes} phút qua: hãy chờ {wait} giây</translation>
    </message>
    <message>
        <source>{count} questions have come in the last minute: try again in {wait} s</source>
        <translation>đã có {count} câu hỏi trong phút vừa qua: hãy thử lại sau {wait} giây</translation>
    </message>
    <message>
        <source>the show has ended: questions are no longer taken</source>
        <extracomment>What each decision may be given besides `question` and `decision`.</extracomment>
        <translation>chương trình đã kết thúc: không nhận câu hỏi nữa</translation>
    </message>
    <message>
        <source>&apos;{decision}&apos; takes no argument &apos;{extra}&apos;</source>
        <translation>&apos;{decision}&apos; không nhận tham số &apos;{extra}&apos;</translation>
    </message>
    <message>
        <source>&apos;{decision}&apos; needs &quot;{missing}&quot;</source>
        <translation>&apos;{decision}&apos; cần &quot;{missing}&quot;</translation>
    </message>
    <message>
        <source>segment &apos;{segment}&apos; is over: approve into the live or a later one</source>
        <translation>phần &apos;{segment}&apos; đã kết thúc: hãy duyệt vào phần đang diễn ra hoặc một phần sau</translation>
    </message>
    <message>
        <source>position {position} is past the last place ({last})</source>
        <translation>vị trí {position} vượt quá vị trí cuối ({last})</translation>
    </message>
    <message>
        <source>that question has left the bank since</source>
        <translation>câu hỏi đó đã rời danh sách từ lúc ấy</translation>
    </message>
    <message>
        <source>that question has been asked since</source>
        <translation>câu hỏi đó đã được hỏi từ lúc ấy</translation>
    </message>
    <message>
        <source>approving question {id}</source>
        <translation>duyệt câu hỏi {id}</translation>
    </message>
    <message>
        <source>question {id} has been {status} already</source>
        <translation>câu hỏi {id} đã ở trạng thái {status}</translation>
    </message>
    <message>
        <source>that question has moved on</source>
        <translation>câu hỏi đó đã thay đổi từ lúc ấy</translation>
    </message>
    <message>
        <source>rejecting question {id}</source>
        <translation>từ chối câu hỏi {id}</translation>
    </message>
    <message>
        <source>question {id} is {status}: it is no longer edited</source>
        <translation>câu hỏi {id} ở trạng thái {status}: không sửa được nữa</translation>
    </message>
    <message>
        <source>editing question {id}</source>
        <translation>sửa câu hỏi {id}</translation>
    </message>
    <message>
        <source>a question cannot be merged into itself</source>
        <translation>không thể gộp một câu hỏi vào chính nó</translation>
    </message>
    <message>
        <source>question {id} is {status}: merge into a waiting or approved one</source>
        <translation>câu hỏi {id} ở trạng thái {status}: hãy gộp vào một câu đang chờ hoặc đã duyệt</translation>
    </message>
    <message>
        <source>question {id} has {count} merged into it already</source>
        <translation>câu hỏi {id} đã gộp {count} câu</translation>
    </message>
    <message>
        <source>merging question {id}</source>
        <translation>gộp câu hỏi {id}</translation>
    </message>
    <message>
        <source>moving question {id}</source>
        <translation>di chuyển câu hỏi {id}</translation>
    </message>
    <message>
        <source>question {id} is {status} already</source>
        <translation>câu hỏi {id} đã ở trạng thái {status}</translation>
    </message>
    <message>
        <source>question {id} is no longer in a question bank</source>
        <translation>câu hỏi {id} không còn trong danh sách câu hỏi</translation>
    </message>
    <message>
        <source>this laptop is the standby for {host}: send commands to the show at {url}</source>
        <extracomment>What the composition root does with a copy taken over: open it as the show (tokens by role, the address to serve on, the old show&apos;s address to tell it to stand down). Waiting for the show&apos;s first state before the window opens.</extracomment>
        <translation>máy này là máy dự phòng cho {host}: hãy gửi lệnh tới chương trình tại {url}</translation>
    </message>
    <message>
        <source>nothing to take over: the show has sent no journal yet</source>
        <translation>không có gì để tiếp quản: chương trình chưa gửi nhật ký nào</translation>
    </message>
</context>
<context>
    <name>Accessible</name>
    <message>
        <source>{page} shown</source>
        <extracomment>Signs that only decorate a label (the words around them say what it does). Set on the QApplication once the roles are installed: Qt&apos;s factory list is the process&apos;s, and a second window (a reload) must not install them twice.</extracomment>
        <translation>đang hiện {page}</translation>
    </message>
</context>
<context>
    <name>AddSpeakerDialog</name>
    <message>
        <source>Add a speaker</source>
        <translation>Thêm diễn giả</translation>
    </message>
    <message>
        <source>Type a name: roster names complete; others come from the floor</source>
        <translation>Gõ tên: tên trong danh sách tự hoàn thành; tên khác là từ khán phòng</translation>
    </message>
    <message>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <source>default</source>
        <translation>mặc định</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Diễn giả</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>This event is planned for {date} at {time}; the clock here says another day.</source>
        <extracomment>An event this far from now (another day) opened on the real clock: a rehearsal is offered. Screens up to this wide (laptops, projectors) get the window maximised the first time. Made when there is a first automation to send (the event file&apos;s or the preferences&apos;): a show without any never loads the sender. What standing down does once this laptop&apos;s show was taken over (#29): the composition root&apos;s (this laptop becomes the new show&apos;s standby: its URL, the control token).</extracomment>
        <translation>Sự kiện này dự kiến vào {date} lúc {time}; đồng hồ ở đây đang là ngày khác.</translation>
    </message>
    <message>
        <source>Rehearse it from {time}</source>
        <translation>Tổng duyệt từ {time}</translation>
    </message>
    <message>
        <source>Warnings in the event file: {count}. The first: {message}</source>
        <translation>Cảnh báo trong tệp sự kiện: {count}. Cảnh báo đầu tiên: {message}</translation>
    </message>
    <message>
        <source>The event file changed but took too long to read; the show goes on as it was.</source>
        <translation>Tệp sự kiện đã thay đổi nhưng đọc quá lâu; chương trình tiếp tục như cũ.</translation>
    </message>
    <message>
        <source> (+{count} more)</source>
        <translation> (+{count} nữa)</translation>
    </message>
    <message>
        <source>The event file changed but has errors; the show goes on with the version loaded before:</source>
        <translation>Tệp sự kiện đã thay đổi nhưng có lỗi; chương trình tiếp tục với phiên bản đã tải trước đó:</translation>
    </message>
    <message>
        <source>The event file changed on disk and is valid.</source>
        <translation>Tệp sự kiện đã thay đổi trên đĩa và hợp lệ.</translation>
    </message>
    <message>
        <source>Reload it now</source>
        <translation>Tải lại ngay</translation>
    </message>
    <message>
        <source>Could not save the settings: {error}</source>
        <translation>Không lưu được thiết lập: {error}</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Ngôn ngữ mới sẽ dùng từ lần khởi động sau.</translation>
    </message>
    <message>
        <source>The standby laptop is behind: commands are answered on this laptop&apos;s disk alone.</source>
        <translation>Máy dự phòng đang bị chậm: lệnh chỉ được xác nhận trên ổ đĩa của máy này.</translation>
    </message>
    <message>
        <source>Nothing was written: {files} already there; choose an empty folder.</source>
        <translation>Không ghi gì cả: {files} đã có sẵn; hãy chọn một thư mục trống.</translation>
    </message>
    <message>
        <source>Wrote {count} event files and {venue} in {folder}.</source>
        <translation>Đã ghi {count} tệp sự kiện và {venue} vào {folder}.</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Audience questions</source>
        <extracomment>How much of a question the Merge list shows (the whole text is in the list above it).</extracomment>
        <translation>Câu hỏi của khán giả</translation>
    </message>
    <message>
        <source>Questions from the audience</source>
        <translation>Câu hỏi của khán giả</translation>
    </message>
    <message>
        <source>The selected question&apos;s text, to edit</source>
        <translation>Nội dung câu hỏi đang chọn, để sửa</translation>
    </message>
    <message>
        <source>The question&apos;s text</source>
        <translation>Nội dung câu hỏi</translation>
    </message>
    <message>
        <source>Approve into</source>
        <translation>Duyệt vào</translation>
    </message>
    <message>
        <source>Approve into:</source>
        <translation>Duyệt vào:</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Gộp vào</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>Gộp vào:</translation>
    </message>
    <message>
        <source>Approve  [Enter]</source>
        <translation>Duyệt  [Enter]</translation>
    </message>
    <message>
        <source>Save the text</source>
        <translation>Lưu nội dung</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gộp</translation>
    </message>
    <message>
        <source>Reject  [Del]</source>
        <translation>Từ chối  [Del]</translation>
    </message>
    <message>
        <source>↑ Up</source>
        <translation>↑ Lên</translation>
    </message>
    <message>
        <source>↓ Down</source>
        <translation>↓ Xuống</translation>
    </message>
    <message>
        <source>{waiting} waiting · {approved} approved · {rejected} rejected · {refused} refused</source>
        <translation>{waiting} đang chờ · {approved} đã duyệt · {rejected} bị từ chối · {refused} bị chặn (quá nhiều)</translation>
    </message>
    <message>
        <source>+{count} similar</source>
        <translation>+{count} câu tương tự</translation>
    </message>
    <message>
        <source>✓ in the bank of {segment}</source>
        <translation>✓ trong danh sách của {segment}</translation>
    </message>
    <message>
        <source>Now: {title}</source>
        <translation>Hiện tại: {title}</translation>
    </message>
</context>
<context>
    <name>Automations</name>
    <message>
        <source>{what}: happened while the app was not running; not sent (send it by hand if needed)</source>
        <extracomment>Lines kept for the status bar&apos;s tooltip. An outcome from a lane&apos;s thread (delivered on the GUI thread). What the status bar shows (&quot;&quot; when there are no automations), and its tooltip (the recent problems, as a plain-text tooltip).</extracomment>
        <translation>{what}: xảy ra khi ứng dụng không chạy; chưa gửi (gửi thủ công nếu cần)</translation>
    </message>
    <message>
        <source>{what}: came as the app stopped; it may not have gone out (send it by hand if needed)</source>
        <translation>{what}: xảy ra lúc ứng dụng dừng; có thể chưa được gửi (gửi thủ công nếu cần)</translation>
    </message>
    <message>
        <source> (tried {count} times)</source>
        <translation> (đã thử {count} lần)</translation>
    </message>
    <message>
        <source>automations: {sent} sent</source>
        <translation>tự động hóa: đã gửi {sent}</translation>
    </message>
    <message>
        <source>, {failed} not sent. The last: {last}</source>
        <translation>, {failed} chưa gửi. Lần cuối: {last}</translation>
    </message>
</context>
<context>
    <name>Chimes</name>
    <message>
        <source>Sound needs Qt Multimedia, which is not installed (pip install &apos;runofshow[sound]&apos;); the chimes stay off.</source>
        <extracomment>Volume as the settings keep it (percent) and its default.</extracomment>
        <translation>Âm thanh cần Qt Multimedia, chưa được cài (pip install &apos;runofshow[sound]&apos;); chuông vẫn tắt.</translation>
    </message>
    <message>
        <source>This computer has no sound output; the chimes stay off.</source>
        <translation>Máy tính này không có đầu ra âm thanh; chuông vẫn tắt.</translation>
    </message>
</context>
<context>
    <name>CountdownPanel</name>
    <message>
        <source>The live segment&apos;s countdown. F2 says where the show stands; F1: the keys.</source>
        <translation>Đồng hồ đếm ngược của phần đang diễn ra. F2 cho biết chương trình đang ở đâu; F1: các phím.</translation>
    </message>
    <message>
        <source>The show has ended</source>
        <translation>Chương trình đã kết thúc</translation>
    </message>
    <message>
        <source>END</source>
        <translation>HẾT</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>XONG</translation>
    </message>
    <message>
        <source>Ended {time}</source>
        <translation>Kết thúc lúc {time}</translation>
    </message>
    <message>
        <source>The report: File → Export report (Ctrl+E). Ctrl+G reopens a segment.</source>
        <translation>Báo cáo: Tệp → Xuất báo cáo (Ctrl+E). Ctrl+G mở lại một phần.</translation>
    </message>
    <message>
        <source>The report: File → Export report (Ctrl+E)</source>
        <translation>Báo cáo: Tệp → Xuất báo cáo (Ctrl+E)</translation>
    </message>
    <message>
        <source>Report: Ctrl+E</source>
        <translation>Báo cáo: Ctrl+E</translation>
    </message>
    <message>
        <source>NOW: {title}</source>
        <translation>BÂY GIỜ: {title}</translation>
    </message>
    <message>
        <source>READY: {title}</source>
        <translation>SẴN SÀNG: {title}</translation>
    </message>
    <message>
        <source>STANDBY · press Space to start at ~{time}</source>
        <translation>CHỜ · nhấn Space để bắt đầu lúc ~{time}</translation>
    </message>
    <message>
        <source>PAUSED · {phase} · its time of day runs on</source>
        <translation>TẠM DỪNG · {phase} · giờ đích vẫn đang đến</translation>
    </message>
    <message>
        <source>PAUSED · the end moves later</source>
        <translation>TẠM DỪNG · giờ kết thúc lùi lại</translation>
    </message>
    <message>
        <source>PAUSED · {phase} · the end moves later</source>
        <translation>TẠM DỪNG · {phase} · giờ kết thúc lùi lại</translation>
    </message>
    <message>
        <source>COUNTING UP · no time limit on screen</source>
        <translation>ĐẾM LÊN · không giới hạn giờ trên màn hình</translation>
    </message>
    <message>
        <source>OVERTIME · please conclude</source>
        <translation>QUÁ GIỜ · xin kết thúc</translation>
    </message>
    <message>
        <source> ({sign}{duration} live)</source>
        <translation> ({sign}{duration} khi đang chạy)</translation>
    </message>
    <message>
        <source>to {target}{extra} · ran {elapsed}</source>
        <translation>đến {target}{extra} · đã chạy {elapsed}</translation>
    </message>
    <message>
        <source>planned {length}{extra} · ends ~{time}</source>
        <translation>dự kiến {length}{extra} · kết thúc ~{time}</translation>
    </message>
    <message>
        <source>{elapsed} of {length}{extra} · ends ~{time}</source>
        <translation>{elapsed} / {length}{extra} · kết thúc ~{time}</translation>
    </message>
    <message>
        <source>NEXT: end of show</source>
        <translation>TIẾP THEO: kết thúc chương trình</translation>
    </message>
    <message>
        <source>NEXT: {title} as soon as this ends ({duration})</source>
        <translation>TIẾP THEO: {title} ngay khi phần này kết thúc ({duration})</translation>
    </message>
    <message>
        <source>NEXT: {title} at ~{time} ({duration})</source>
        <translation>TIẾP THEO: {title} lúc ~{time} ({duration})</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Notes for this segment (click to edit, Esc to leave)</source>
        <extracomment>Notes are sent to the show this long after the last keystroke (and at once on leaving the field).</extracomment>
        <translation>Ghi chú cho phần này (nhấp để sửa, Esc để thoát)</translation>
    </message>
    <message>
        <source>Notes for this segment</source>
        <translation>Ghi chú cho phần này</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Thêm câu hỏi</translation>
    </message>
    <message>
        <source>Question for this segment:</source>
        <translation>Câu hỏi cho phần này:</translation>
    </message>
    <message>
        <source>Double-click: asked / open. Right-click: skipped, asked to…, add a question</source>
        <extracomment>The moderator asked for the audience&apos;s questions (the right-click menu): the window opens them.</extracomment>
        <translation>Nhấp đúp: đã hỏi / mở lại. Nhấp phải: bỏ qua, đã hỏi ai…, thêm câu hỏi</translation>
    </message>
    <message>
        <source>Questions for this segment</source>
        <translation>Câu hỏi của phần này</translation>
    </message>
    <message>
        <source>Cues for this segment</source>
        <translation>Tín hiệu của phần này</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Tín hiệu</translation>
    </message>
    <message>
        <source>Questions · moderator {name}</source>
        <translation>Câu hỏi · người điều phối {name}</translation>
    </message>
    <message>
        <source>Questions · {count} from the audience · moderator {name}</source>
        <translation>Câu hỏi · {count} của khán giả · người điều phối {name}</translation>
    </message>
    <message>
        <source>Questions · {count} from the audience</source>
        <translation>Câu hỏi · {count} của khán giả</translation>
    </message>
    <message>
        <source>  · from the audience: {name}</source>
        <translation>  · của khán giả: {name}</translation>
    </message>
    <message>
        <source>  · from the audience</source>
        <translation>  · của khán giả</translation>
    </message>
    <message>
        <source>☑ Asked</source>
        <translation>☑ Đã hỏi</translation>
    </message>
    <message>
        <source>⤼ Skipped</source>
        <translation>⤼ Bỏ qua</translation>
    </message>
    <message>
        <source>☐ Open again</source>
        <translation>☐ Mở lại</translation>
    </message>
    <message>
        <source>Asked to…</source>
        <translation>Đã hỏi…</translation>
    </message>
    <message>
        <source>+ Add a question…</source>
        <translation>+ Thêm câu hỏi…</translation>
    </message>
    <message>
        <source>Audience questions…</source>
        <translation>Câu hỏi của khán giả…</translation>
    </message>
    <message>
        <source>no open question left in this segment</source>
        <translation>phần này không còn câu hỏi nào chưa hỏi</translation>
    </message>
</context>
<context>
    <name>DisplayActions</name>
    <message>
        <source>2 MINUTES</source>
        <translation>CÒN 2 PHÚT</translation>
    </message>
    <message>
        <source>PLEASE CONCLUDE</source>
        <translation>XIN KẾT THÚC</translation>
    </message>
    <message>
        <source>SLOW DOWN FOR INTERPRETATION</source>
        <translation>NÓI CHẬM CHO PHIÊN DỊCH</translation>
    </message>
    <message>
        <source>Message to the speaker</source>
        <translation>Tin nhắn cho diễn giả</translation>
    </message>
    <message>
        <source>Message (shown large on the speaker display):</source>
        <translation>Tin nhắn (hiện chữ lớn trên màn hình diễn giả):</translation>
    </message>
    <message>
        <source>Speaker &amp;display</source>
        <extracomment>(screen key, stop at zero, flash): the composition root saves them as settings.</extracomment>
        <translation>&amp;Màn hình diễn giả</translation>
    </message>
    <message>
        <source>Show the speaker display</source>
        <translation>Hiện màn hình diễn giả</translation>
    </message>
    <message>
        <source>Move it to the next screen</source>
        <translation>Chuyển sang màn hình kế tiếp</translation>
    </message>
    <message>
        <source>Blank it</source>
        <translation>Tắt hình</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Màn hình</translation>
    </message>
    <message>
        <source>Stop at 0:00 for the speaker</source>
        <translation>Dừng ở 0:00 cho diễn giả</translation>
    </message>
    <message>
        <source>Flash when time runs out</source>
        <translation>Nhấp nháy khi hết giờ</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Khác…</translation>
    </message>
    <message>
        <source>Clear the message</source>
        <translation>Xóa tin nhắn</translation>
    </message>
    <message>
        <source>The displays are mirrored: the speaker display covers the moderator&apos;s screen too.</source>
        <translation>Các màn hình đang nhân bản: màn hình diễn giả cũng che màn hình của người điều phối.</translation>
    </message>
    <message>
        <source>The speaker display is on the moderator&apos;s screen (Ctrl+Shift+D moves it; Esc on it hides it).</source>
        <translation>Màn hình diễn giả đang ở trên màn hình của người điều phối (Ctrl+Shift+D để chuyển; Esc trên đó để ẩn).</translation>
    </message>
    <message>
        <source>The speaker display&apos;s screen was unplugged; it comes back when the screen does.</source>
        <translation>Màn hình của diễn giả đã bị rút; nó sẽ hiện lại khi cắm màn hình lại.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>runofshow: the event file has problems</source>
        <translation>runofshow: tệp sự kiện có lỗi</translation>
    </message>
    <message>
        <source>&lt;b&gt;{path}&lt;/b&gt; cannot be opened. Fix these lines and try again:</source>
        <translation>Không mở được &lt;b&gt;{path}&lt;/b&gt;. Hãy sửa các dòng này rồi thử lại:</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Mở tệp khác…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>REHEARSAL · </source>
        <extracomment>Behind by more than this many seconds turns the schedule label to &quot;behind&quot; (amber/red).</extracomment>
        <translation>TỔNG DUYỆT · </translation>
    </message>
    <message>
        <source>Time of day in {timezone_name}</source>
        <translation>Giờ địa phương ({timezone_name})</translation>
    </message>
    <message>
        <source>Planned for {date}, {start}–{end}</source>
        <translation>Dự kiến ngày {date}, {start}–{end}</translation>
    </message>
    <message>
        <source>not today</source>
        <translation>không phải hôm nay</translation>
    </message>
    <message>
        <source>Planned end {time}</source>
        <translation>Dự kiến kết thúc {time}</translation>
    </message>
    <message>
        <source>HARD STOP {time}</source>
        <translation>HẠN CHÓT {time}</translation>
    </message>
    <message>
        <source>{hard_stop} · {duration} left · ends ~{end}, {over} over</source>
        <translation>{hard_stop} · còn {duration} · kết thúc ~{end}, quá {over}</translation>
    </message>
    <message>
        <source>{hard_stop} · {duration} left · {over} over</source>
        <translation>{hard_stop} · còn {duration} · quá {over}</translation>
    </message>
    <message>
        <source>{hard_stop} · PASSED {duration} ago</source>
        <translation>{hard_stop} · ĐÃ QUA {duration}</translation>
    </message>
    <message>
        <source>{time} PASSED {duration} ago</source>
        <translation>{time} ĐÃ QUA {duration}</translation>
    </message>
    <message>
        <source>ENDED {time}</source>
        <translation>KẾT THÚC {time}</translation>
    </message>
    <message>
        <source> · {duration} after the hard stop</source>
        <translation> · quá giờ kết thúc cứng {duration}</translation>
    </message>
    <message>
        <source> · {duration} before the hard stop</source>
        <translation> · sớm hơn giờ kết thúc cứng {duration}</translation>
    </message>
    <message>
        <source>ran {ran} (planned {planned})</source>
        <translation>đã chạy {ran} (dự kiến {planned})</translation>
    </message>
    <message>
        <source>{hard_stop} · {duration} left</source>
        <translation>{hard_stop} · còn {duration}</translation>
    </message>
    <message>
        <source>STOP {time} · {duration} left</source>
        <translation>HẠN {time} · còn {duration}</translation>
    </message>
    <message>
        <source>STOP {time} · {duration} left · {over} over</source>
        <translation>HẠN {time} · còn {duration} · quá {over}</translation>
    </message>
    <message>
        <source>{offset} · ends ~{time}</source>
        <translation>{offset} · kết thúc ~{time}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>Nhập {name}</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>from the table, else this computer&apos;s ({zone})</source>
        <translation>theo bảng, nếu không thì theo máy tính này ({zone})</translation>
    </message>
    <message>
        <source>HH:MM, if the table does not say</source>
        <translation>HH:MM, nếu bảng không ghi</translation>
    </message>
    <message>
        <source>HH:MM, for a table of durations only</source>
        <translation>HH:MM, cho bảng chỉ có thời lượng</translation>
    </message>
    <message>
        <source>What was found, and where</source>
        <translation>Những gì đã tìm thấy, và ở đâu</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Bảng mã</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Múi giờ</translation>
    </message>
    <message>
        <source>Hard stop</source>
        <translation>Giờ kết thúc cứng</translation>
    </message>
    <message>
        <source>What each column holds:</source>
        <translation>Nội dung của từng cột:</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Đang đọc {name}…</translation>
    </message>
    <message>
        <source>{name} is not in UTF-8: it was read as {encoding}, a guess. If names look wrong, choose its encoding above.</source>
        <translation>{name} không ở dạng UTF-8: tệp được đọc theo {encoding}, đây là phỏng đoán. Nếu tên hiển thị sai, hãy chọn bảng mã ở trên.</translation>
    </message>
    <message>
        <source>Problems: {count}. Nothing is imported until they are fixed.</source>
        <translation>Lỗi: {count}. Không nhập gì cho đến khi sửa xong.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Diễn giả</translation>
    </message>
    <message>
        <source>“{title}”, {date}: {count} segments, {people} people</source>
        <translation>“{title}”, {date}: {count} phần, {people} người</translation>
    </message>
    <message>
        <source>Rooms and days, with their segments</source>
        <translation>Các phòng và ngày, cùng các phần của chúng</translation>
    </message>
    <message>
        <source>What to write</source>
        <translation>Ghi những gì</translation>
    </message>
    <message>
        <source>{count} segments</source>
        <translation>{count} phần</translation>
    </message>
    <message>
        <source>All of it: a venue folder ({files} event files and venue.yaml)</source>
        <translation>Tất cả: một thư mục địa điểm ({files} tệp sự kiện và venue.yaml)</translation>
    </message>
    <message>
        <source>Only {room} on {date} ({count} segments)</source>
        <translation>Chỉ {room} ngày {date} ({count} phần)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>STANDBY</source>
        <translation>CHỜ</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>ĐANG CHẠY</translation>
    </message>
    <message>
        <source>WRAP UP</source>
        <translation>SẮP HẾT GIỜ</translation>
    </message>
    <message>
        <source>FINAL</source>
        <translation>GIÂY CUỐI</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>QUÁ GIỜ</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>XONG</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>BỎ QUA</translation>
    </message>
    <message>
        <source>○ WAITING</source>
        <translation>○ ĐANG CHỜ</translation>
    </message>
    <message>
        <source>◐ STANDBY</source>
        <translation>◐ CHUẨN BỊ</translation>
    </message>
    <message>
        <source>● READY</source>
        <translation>● SẴN SÀNG</translation>
    </message>
    <message>
        <source>▶ SPEAKING</source>
        <translation>▶ ĐANG NÓI</translation>
    </message>
    <message>
        <source>✓ DONE</source>
        <translation>✓ XONG</translation>
    </message>
    <message>
        <source>⤼ SKIPPED</source>
        <translation>⤼ BỎ QUA</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Phát biểu</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Kiến nghị thủ tục</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>Quyền trả lời</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>From the floor</source>
        <translation>Từ khán phòng</translation>
    </message>
    <message>
        <source>ON TIME</source>
        <translation>ĐÚNG GIỜ</translation>
    </message>
    <message>
        <source>{duration} BEHIND</source>
        <translation>CHẬM {duration}</translation>
    </message>
    <message>
        <source>{duration} AHEAD</source>
        <translation>SỚM {duration}</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>chưa diễn ra</translation>
    </message>
    <message>
        <source>live</source>
        <translation>đang diễn ra</translation>
    </message>
    <message>
        <source>done</source>
        <translation>đã xong</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>bỏ qua</translation>
    </message>
    <message>
        <source>the moderator</source>
        <translation>người điều phối</translation>
    </message>
    <message>
        <source>the speaker</source>
        <translation>diễn giả</translation>
    </message>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message>
        <source>For</source>
        <translation>Theo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Lượt</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Đã nói</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Ngân sách</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <source>— not yet</source>
        <translation>— chưa có</translation>
    </message>
    <message>
        <source>{time} over</source>
        <translation>vượt {time}</translation>
    </message>
    <message>
        <source>Floor ledger: speaking time per person, organisation and sector</source>
        <translation>Sổ phát biểu: thời gian nói theo người, tổ chức và lĩnh vực</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Go to segment</source>
        <translation>Đi tới phần</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Phần:</translation>
    </message>
    <message>
        <source>The show is on</source>
        <translation>Chương trình đang diễn ra</translation>
    </message>
    <message>
        <source>Quit runofshow now? The run is kept: start the app again and it resumes where it is.</source>
        <translation>Thoát runofshow ngay bây giờ? Lượt chạy được giữ lại: mở lại ứng dụng và nó sẽ tiếp tục từ chỗ đang dừng.</translation>
    </message>
    <message>
        <source>Open event file</source>
        <translation>Mở tệp sự kiện</translation>
    </message>
    <message>
        <source>Event files (*.yaml *.yml);;All files (*)</source>
        <translation>Tệp sự kiện (*.yaml *.yml);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Folder for the venue&apos;s event files</source>
        <translation>Thư mục cho các tệp sự kiện của địa điểm</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv);;JSON (*.json);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;CSV (*.csv);;JSON (*.json);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>name the file .pdf, .csv, .json or .md</source>
        <translation>hãy đặt tên tệp .pdf, .csv, .json hoặc .md</translation>
    </message>
    <message>
        <source>Rundown: every segment with its times and status</source>
        <extracomment>The key in a toolbar label (&quot;Next ▶▶ [→]&quot;), dropped when the toolbar is short of room. Ask before closing while the show is on (set by the composition root; tests and a window replaced by a reload close without asking).</extracomment>
        <translation>Kịch bản: mọi phần cùng giờ giấc và trạng thái</translation>
    </message>
    <message>
        <source>Rundown</source>
        <translation>Kịch bản</translation>
    </message>
    <message>
        <source>Floor ledger</source>
        <translation>Sổ phát biểu</translation>
    </message>
    <message>
        <source>Start / pause the live segment</source>
        <translation>Bắt đầu / tạm dừng phần đang chạy</translation>
    </message>
    <message>
        <source>End this segment and start the next</source>
        <translation>Kết thúc phần này và bắt đầu phần sau</translation>
    </message>
    <message>
        <source>Back to the previous segment</source>
        <translation>Quay lại phần trước</translation>
    </message>
    <message>
        <source>Add a minute</source>
        <translation>Thêm một phút</translation>
    </message>
    <message>
        <source>Remove a minute</source>
        <translation>Bớt một phút</translation>
    </message>
    <message>
        <source>Go to segment…</source>
        <translation>Đi tới phần…</translation>
    </message>
    <message>
        <source>Land on the hard stop…</source>
        <translation>Kết thúc đúng hạn chót…</translation>
    </message>
    <message>
        <source>Propose a plan that ends on time</source>
        <translation>Đề xuất kế hoạch kết thúc đúng giờ</translation>
    </message>
    <message>
        <source>Move time between segments…</source>
        <translation>Chuyển thời gian giữa các phần…</translation>
    </message>
    <message>
        <source>Back to the show keys</source>
        <translation>Quay về phím điều khiển</translation>
    </message>
    <message>
        <source>Open event file…</source>
        <translation>Mở tệp sự kiện…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Xuất báo cáo…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Tùy chọn…</translation>
    </message>
    <message>
        <source>Remote control…</source>
        <translation>Điều khiển từ xa…</translation>
    </message>
    <message>
        <source>Keys…</source>
        <translation>Phím tắt…</translation>
    </message>
    <message>
        <source>Say where the show stands</source>
        <translation>Cho biết chương trình đang ở đâu</translation>
    </message>
    <message>
        <source>Acknowledge the message</source>
        <translation>Xác nhận đã đọc tin nhắn</translation>
    </message>
    <message>
        <source>Stage manager</source>
        <translation>Quản lý sân khấu</translation>
    </message>
    <message>
        <source>Next question asked</source>
        <translation>Đã hỏi câu tiếp theo</translation>
    </message>
    <message>
        <source>Skip the next question</source>
        <translation>Bỏ qua câu hỏi tiếp theo</translation>
    </message>
    <message>
        <source>Add a question…</source>
        <translation>Thêm câu hỏi…</translation>
    </message>
    <message>
        <source>Rundown / floor ledger</source>
        <translation>Kịch bản / sổ phát biểu</translation>
    </message>
    <message>
        <source>Edit the notes</source>
        <translation>Sửa ghi chú</translation>
    </message>
    <message>
        <source>Reload the event file</source>
        <translation>Tải lại tệp sự kiện</translation>
    </message>
    <message>
        <source>Edit the plan…</source>
        <translation>Sửa kế hoạch…</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Sự kiện mới…</translation>
    </message>
    <message>
        <source>Import agenda…</source>
        <translation>Nhập chương trình…</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Lưu kế hoạch</translation>
    </message>
    <message>
        <source>Save the plan as…</source>
        <translation>Lưu kế hoạch thành…</translation>
    </message>
    <message>
        <source>Export the plan as a table…</source>
        <translation>Xuất kế hoạch thành bảng…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Kế hoạch</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Chương trình</translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation>&amp;Diễn giả</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Rundown and floor ledger</source>
        <translation>Trình tự và sổ phát biểu</translation>
    </message>
    <message>
        <source>Speaker queue</source>
        <translation>Hàng chờ diễn giả</translation>
    </message>
    <message>
        <source>Questions, notes and cues</source>
        <translation>Câu hỏi, ghi chú và tín hiệu</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Thanh công cụ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>❚❚ Pause  [Space]</source>
        <translation>❚❚ Tạm dừng  [Space]</translation>
    </message>
    <message>
        <source>▶ Resume  [Space]</source>
        <translation>▶ Tiếp tục  [Space]</translation>
    </message>
    <message>
        <source>■ Ended</source>
        <translation>■ Đã kết thúc</translation>
    </message>
    <message>
        <source>▶ Start  [Space]</source>
        <translation>▶ Bắt đầu  [Space]</translation>
    </message>
    <message>
        <source>Next ▶▶  [→]</source>
        <translation>Tiếp ▶▶  [→]</translation>
    </message>
    <message>
        <source>◀◀ Previous  [←]</source>
        <translation>◀◀ Trước  [←]</translation>
    </message>
    <message>
        <source>+1 min  [+]</source>
        <translation>+1 phút  [+]</translation>
    </message>
    <message>
        <source>−1 min  [−]</source>
        <translation>−1 phút  [−]</translation>
    </message>
    <message>
        <source>the event has no hard stop (&apos;end&apos; in the event file)</source>
        <translation>sự kiện không có hạn chót (&apos;end&apos; trong tệp sự kiện)</translation>
    </message>
    <message>
        <source>The event is planned for {date}, not today: rehearse it at its own time to try it.</source>
        <translation>Sự kiện dự kiến vào ngày {date}, không phải hôm nay: hãy diễn tập theo giờ của nó để thử.</translation>
    </message>
    <message>
        <source>The show has ended: there is nothing left to plan.</source>
        <translation>Chương trình đã kết thúc: không còn gì để lên kế hoạch.</translation>
    </message>
    <message>
        <source>The show lands on the hard stop: nothing to change.</source>
        <translation>Chương trình kết thúc đúng giờ cứng: không cần thay đổi.</translation>
    </message>
    <message>
        <source>Plan applied: Ctrl+Z undoes it</source>
        <translation>Đã áp dụng kế hoạch: Ctrl+Z để hoàn tác</translation>
    </message>
    <message>
        <source>The show is projected to end {duration} after the hard stop.</source>
        <translation>Chương trình dự kiến kết thúc muộn {duration} so với hạn chót.</translation>
    </message>
    <message>
        <source>Plan to land on time  [F]</source>
        <translation>Lập kế hoạch cho đúng giờ  [F]</translation>
    </message>
    <message>
        <source>Plan  [F]</source>
        <translation>Kế hoạch  [F]</translation>
    </message>
    <message>
        <source>The show is running {duration} early.</source>
        <translation>Chương trình đang sớm {duration}.</translation>
    </message>
    <message>
        <source>Give the time back  [F]</source>
        <translation>Trả lại thời gian  [F]</translation>
    </message>
    <message>
        <source>Give back  [F]</source>
        <translation>Trả lại  [F]</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was put forward {duration}.</source>
        <translation>Đồng hồ máy tính bị chỉnh nhanh thêm {duration}.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was put back {duration}.</source>
        <translation>Đồng hồ máy tính bị chỉnh lùi {duration}.</translation>
    </message>
    <message>
        <source>Countdowns are unaffected; the time of day follows the new clock.</source>
        <translation>Đếm ngược không bị ảnh hưởng; giờ trong ngày theo đồng hồ mới.</translation>
    </message>
    <message>
        <source>The computer was asleep or busy for {duration}. The show went on: all times include that gap.</source>
        <translation>Máy tính đã ngủ hoặc bận trong {duration}. Chương trình vẫn tiếp tục: mọi thời gian đều tính cả khoảng đó.</translation>
    </message>
    <message>
        <source>Could not export the report: {exc}</source>
        <translation>Không xuất được báo cáo: {exc}</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Đã lưu báo cáo vào {path}</translation>
    </message>
    <message>
        <source>Start / pause / resume</source>
        <translation>Bắt đầu / tạm dừng / tiếp tục</translation>
    </message>
    <message>
        <source>Next segment</source>
        <translation>Phần tiếp theo</translation>
    </message>
    <message>
        <source>Previous segment</source>
        <translation>Phần trước</translation>
    </message>
    <message>
        <source>Go to a segment</source>
        <translation>Đi tới một phần</translation>
    </message>
    <message>
        <source>Land on the hard stop (a plan to apply or not)</source>
        <translation>Kết thúc đúng hạn chót (kế hoạch có thể áp dụng hoặc không)</translation>
    </message>
    <message>
        <source>Move time between segments</source>
        <translation>Chuyển thời gian giữa các phần</translation>
    </message>
    <message>
        <source>Leave a text field</source>
        <translation>Rời ô nhập chữ</translation>
    </message>
    <message>
        <source>Say where the show stands (for a screen reader too)</source>
        <translation>Cho biết chương trình đang ở đâu (cả cho trình đọc màn hình)</translation>
    </message>
    <message>
        <source>Give the floor to the next speaker</source>
        <translation>Mời diễn giả tiếp theo</translation>
    </message>
    <message>
        <source>Audience questions…</source>
        <translation>Câu hỏi của khán giả…</translation>
    </message>
    <message>
        <source>Approve, edit, merge, reject or order the questions sent from /ask</source>
        <translation>Duyệt, sửa, gộp, từ chối hoặc sắp xếp các câu hỏi gửi từ /ask</translation>
    </message>
    <message>
        <source>The audience&apos;s questions: approve, edit, merge, reject, order</source>
        <translation>Câu hỏi của khán giả: duyệt, sửa, gộp, từ chối, sắp xếp</translation>
    </message>
    <message>
        <source>End this turn</source>
        <translation>Kết thúc lượt này</translation>
    </message>
    <message>
        <source>Pause / resume the speaker</source>
        <translation>Tạm dừng / tiếp tục diễn giả</translation>
    </message>
    <message>
        <source>Speaker +30 s</source>
        <translation>Diễn giả +30 giây</translation>
    </message>
    <message>
        <source>Speaker −30 s</source>
        <translation>Diễn giả −30 giây</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>Thêm diễn giả</translation>
    </message>
    <message>
        <source>Select in the queue (Up/Down)</source>
        <translation>Chọn trong hàng đợi (Lên/Xuống)</translation>
    </message>
    <message>
        <source>Move the selected speaker up (Alt+Down: down, Alt+Home: top)</source>
        <translation>Đưa diễn giả đã chọn lên (Alt+Xuống: xuống, Alt+Home: lên đầu)</translation>
    </message>
    <message>
        <source>Skip the selected speaker</source>
        <translation>Bỏ qua diễn giả đã chọn</translation>
    </message>
    <message>
        <source>Return the selected speaker to the queue</source>
        <translation>Đưa diễn giả đã chọn về hàng đợi</translation>
    </message>
    <message>
        <source>Remove the selected speaker</source>
        <translation>Xóa diễn giả đã chọn</translation>
    </message>
    <message>
        <source>Undo a queue, cue or notes change</source>
        <translation>Hoàn tác thay đổi hàng đợi, tín hiệu hoặc ghi chú</translation>
    </message>
    <message>
        <source>Mark the next open question asked</source>
        <translation>Đánh dấu đã hỏi câu hỏi chưa hỏi tiếp theo</translation>
    </message>
    <message>
        <source>Skip the next open question</source>
        <translation>Bỏ qua câu hỏi chưa hỏi tiếp theo</translation>
    </message>
    <message>
        <source>Add a question to this segment</source>
        <translation>Thêm câu hỏi cho phần này</translation>
    </message>
    <message>
        <source>Edit this segment&apos;s notes (Esc: back to the show keys)</source>
        <translation>Sửa ghi chú của phần này (Esc: quay về phím điều khiển)</translation>
    </message>
    <message>
        <source>Switch between the rundown and the floor ledger</source>
        <translation>Chuyển giữa kịch bản và sổ phát biểu</translation>
    </message>
    <message>
        <source>Acknowledge a message from the stage</source>
        <translation>Xác nhận tin nhắn từ sân khấu</translation>
    </message>
    <message>
        <source>Stage manager window</source>
        <translation>Cửa sổ quản lý sân khấu</translation>
    </message>
    <message>
        <source>Keys</source>
        <extracomment>From this screen width on, the keys stand in two columns.</extracomment>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Import agenda</source>
        <translation>Nhập chương trình</translation>
    </message>
    <message>
        <source>Agendas (*.xlsx *.csv)</source>
        <translation>Chương trình (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Xuất kế hoạch</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported: {error}</source>
        <translation>Chưa xuất: {error}</translation>
    </message>
    <message>
        <source>Plan exported to {path}</source>
        <translation>Đã xuất kế hoạch vào {path}</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Acknowledge  [K]</source>
        <extracomment>A message of a sentence or two is read whole in the digits&apos; column of a 1280×720 laptop at 150% (two lines cut &quot;Minister arriving in 5 minutes: keep the last slot for her&quot; short; three still lost &quot;for her&quot;); the digits give way for the lines it takes, never below a fifth.</extracomment>
        <translation>Đã đọc  [K]</translation>
    </message>
    <message>
        <source>✓ [K]</source>
        <translation>✓ [K]</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Xác nhận đã xem</translation>
    </message>
    <message>
        <source>   (+{count} more)</source>
        <translation>   (+{count} nữa)</translation>
    </message>
    <message>
        <source>✉ FROM THE BOOTH {time}: {text}{more}</source>
        <translation>✉ TỪ CABIN {time}: {text}{more}</translation>
    </message>
    <message>
        <source>✉ FROM {sender} {time}: {text}{more}</source>
        <translation>✉ TỪ {sender} {time}: {text}{more}</translation>
    </message>
    <message>
        <source>✉ FROM STAGE {time}: {text}{more}</source>
        <translation>✉ TỪ SÂN KHẤU {time}: {text}{more}</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>New event</source>
        <translation>Sự kiện mới</translation>
    </message>
    <message>
        <source>Roundtable: opening, three panels, closing</source>
        <translation>Tọa đàm: khai mạc, ba phiên thảo luận, bế mạc</translation>
    </message>
    <message>
        <source>Empty: one segment</source>
        <translation>Trống: một phần</translation>
    </message>
    <message>
        <source>e.g. Roundtable on the Convention</source>
        <translation>vd. Tọa đàm về Công ước</translation>
    </message>
    <message>
        <source>Hard stop</source>
        <translation>Giờ kết thúc cứng</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Bắt đầu từ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Múi giờ</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>The event needs a title.</source>
        <translation>Sự kiện cần có tiêu đề.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list (like Asia/Ho_Chi_Minh).</source>
        <translation>Hãy chọn múi giờ trong danh sách (như Asia/Ho_Chi_Minh).</translation>
    </message>
    <message>
        <source>The hard stop must be after the start.</source>
        <translation>Giờ kết thúc cứng phải sau giờ bắt đầu.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>OK  [Esc]</source>
        <translation>OK  [Esc]</translation>
    </message>
    <message>
        <source>✓ [Esc]</source>
        <translation>✓ [Esc]</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Đóng thông báo</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Land on time</source>
        <translation>Kết thúc đúng giờ</translation>
    </message>
    <message>
        <source>Shorten what is left</source>
        <translation>Rút ngắn phần còn lại</translation>
    </message>
    <message>
        <source>Give the spare time back</source>
        <translation>Trả lại thời gian dư</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Không cần thay đổi</translation>
    </message>
    <message>
        <source>&lt;b&gt;{verb}&lt;/b&gt;: ends {before} → {after}</source>
        <translation>&lt;b&gt;{verb}&lt;/b&gt;: kết thúc {before} → {after}</translation>
    </message>
    <message>
        <source> (hard stop {time})</source>
        <translation> (hạn chót {time})</translation>
    </message>
    <message>
        <source>⚠ Even at every minimum the show ends {duration} after the hard stop.</source>
        <translation>⚠ Dù rút mọi phần xuống tối thiểu, chương trình vẫn kết thúc muộn {duration} so với hạn chót.</translation>
    </message>
    <message>
        <source>Segment / speaker</source>
        <translation>Phần / diễn giả</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Apply  [Enter]</source>
        <translation>Áp dụng  [Enter]</translation>
    </message>
    <message>
        <source>Cancel  [Esc]</source>
        <translation>Hủy  [Esc]</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes an applied plan.</source>
        <translation>Ctrl+Z hoàn tác kế hoạch đã áp dụng.</translation>
    </message>
    <message>
        <source>Move time between segments</source>
        <translation>Chuyển thời gian giữa các phần</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Lấy</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>and give it to</source>
        <translation>và chuyển cho</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>a speaker needs a name</source>
        <translation>diễn giả cần có tên</translation>
    </message>
    <message>
        <source>Plan: {title}</source>
        <translation>Kế hoạch: {title}</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>Add segment</source>
        <translation>Thêm phần</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Thêm diễn giả</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Lưu thành…</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Diễn giả</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Các phần</translation>
    </message>
    <message>
        <source>{count} segments · planned {start}–{end}</source>
        <translation>{count} phần · dự kiến {start}–{end}</translation>
    </message>
    <message>
        <source> · {amount} after the hard stop {stop}</source>
        <translation> · quá giờ kết thúc cứng {stop} {amount}</translation>
    </message>
    <message>
        <source> · hard stop {stop}, {amount} to spare</source>
        <translation> · kết thúc cứng {stop}, còn dư {amount}</translation>
    </message>
    <message>
        <source> · {amount} over the fixed start {time} of “{title}”</source>
        <translation> · lấn {amount} vào giờ bắt đầu cố định {time} của “{title}”</translation>
    </message>
    <message>
        <source> (as typed)</source>
        <translation> (theo nội dung đang gõ)</translation>
    </message>
    <message>
        <source>Speakers of “{title}”</source>
        <translation>Diễn giả của “{title}”</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Phần mới</translation>
    </message>
    <message>
        <source>New speaker</source>
        <translation>Diễn giả mới</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Người mới</translation>
    </message>
</context>
<context>
    <name>PlanModels</name>
    <message>
        <source>Planned</source>
        <extracomment>Cues and questions are edited as one line, separated like this. (field of the event file, header); the first column is the planned start (read only).</extracomment>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Tối thiểu</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Fixed start</source>
        <translation>Giờ bắt đầu cố định</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cách đếm</translation>
    </message>
    <message>
        <source>Speaker clock</source>
        <translation>Đồng hồ diễn giả</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Người điều phối</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Tín hiệu</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Diễn giả</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Loại yêu cầu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Pronunciation</source>
        <translation>Cách phát âm</translation>
    </message>
    <message>
        <source>This segment has started: its time stays as it ran (use +1 min).</source>
        <extracomment>Which fields a cell edits with a list of choices (the delegate&apos;s business). The planned starts of the plan last shown (worked out once per change, not once per cell).</extracomment>
        <translation>Phần này đã bắt đầu: thời gian giữ như đã diễn ra (dùng +1 phút).</translation>
    </message>
</context>
<context>
    <name>PlanSaving</name>
    <message>
        <source>The event file changed</source>
        <translation>Tệp sự kiện đã thay đổi</translation>
    </message>
    <message>
        <source>{path} was changed by someone else since it was loaded. Saving now would replace their changes.</source>
        <translation>{path} đã bị người khác sửa kể từ khi được tải. Lưu bây giờ sẽ ghi đè các thay đổi của họ.</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Tải lại bản của họ</translation>
    </message>
    <message>
        <source>Keep mine: save as…</source>
        <translation>Giữ bản của tôi: lưu thành…</translation>
    </message>
    <message>
        <source>Overwrite theirs</source>
        <translation>Ghi đè bản của họ</translation>
    </message>
    <message>
        <source>Save the plan as</source>
        <translation>Lưu kế hoạch thành</translation>
    </message>
    <message>
        <source>Event files (*.yaml *.yml)</source>
        <translation>Tệp sự kiện (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>The plan was not saved: {error}</source>
        <extracomment>Dialogs, replaceable (tests answer them without a person).</extracomment>
        <translation>Chưa lưu được kế hoạch: {error}</translation>
    </message>
    <message>
        <source>Plan saved to {path}</source>
        <translation>Đã lưu kế hoạch vào {path}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Tương phản cao</translation>
    </message>
    <message>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <source>from the event file</source>
        <translation>theo tệp sự kiện</translation>
    </message>
    <message>
        <source>Preferences</source>
        <extracomment>Where the test buttons play (a sound output&apos;s id -&gt; a sink): QtMultimedia&apos;s; tests count plays.</extracomment>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>the system&apos;s ({language})</source>
        <translation>theo hệ thống ({language})</translation>
    </message>
    <message>
        <source>every change (state, segment, speaker, messages)</source>
        <translation>mọi thay đổi (trạng thái, phần, diễn giả, tin nhắn)</translation>
    </message>
    <message>
        <source>only FINAL, OVERTIME, the end and messages</source>
        <translation>chỉ GIÂY CUỐI, QUÁ GIỜ, kết thúc và tin nhắn</translation>
    </message>
    <message>
        <source>nothing (F2 still says where the show stands)</source>
        <translation>không gì cả (F2 vẫn cho biết chương trình đang ở đâu)</translation>
    </message>
    <message>
        <source>beside the main window</source>
        <translation>cạnh cửa sổ chính</translation>
    </message>
    <message>
        <source>off (e.g. 127.0.0.1:8765)</source>
        <translation>tắt (vd. 127.0.0.1:8765)</translation>
    </message>
    <message>
        <source>a new token each start</source>
        <translation>mã mới mỗi lần khởi động</translation>
    </message>
    <message>
        <source>none; as in an event file, e.g.
- on: time_up
  osc: {to: &quot;127.0.0.1:53000&quot;, address: /cue/red/start}</source>
        <translation>không có; viết như trong tệp sự kiện, ví dụ
- on: time_up
  osc: {to: &quot;127.0.0.1:53000&quot;, address: /cue/red/start}</translation>
    </message>
    <message>
        <source>Automations may go to hosts beyond this computer and its local networks</source>
        <translation>Cho phép tự động hóa gửi tới máy ngoài máy tính này và các mạng nội bộ của nó</translation>
    </message>
    <message>
        <source>WRAP UP from</source>
        <translation>SẮP HẾT GIỜ từ</translation>
    </message>
    <message>
        <source>FINAL from</source>
        <translation>GIÂY CUỐI từ</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <source>Font scale</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <source>Language (at the next start)</source>
        <translation>Ngôn ngữ (từ lần khởi động sau)</translation>
    </message>
    <message>
        <source>Screen reader announcements</source>
        <translation>Thông báo cho trình đọc màn hình</translation>
    </message>
    <message>
        <source>Stage manager&apos;s screen</source>
        <translation>Màn hình quản lý sân khấu</translation>
    </message>
    <message>
        <source>Control API (--serve)</source>
        <translation>API điều khiển (--serve)</translation>
    </message>
    <message>
        <source>API token (--token)</source>
        <translation>Mã API (--token)</translation>
    </message>
    <message>
        <source>Automations for every event</source>
        <translation>Tự động hóa cho mọi sự kiện</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Tệp gần đây</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>on this laptop</source>
        <translation>trên máy này</translation>
    </message>
    <message>
        <source>for the speaker display, through</source>
        <translation>cho màn hình diễn giả, qua</translation>
    </message>
    <message>
        <source>the system&apos;s sound output</source>
        <translation>đầu ra âm thanh của hệ thống</translation>
    </message>
    <message>
        <source>Chimes at WRAP UP, FINAL, time up</source>
        <translation>Chuông khi SẮP HẾT GIỜ, GIÂY CUỐI, hết giờ</translation>
    </message>
    <message>
        <source>▶ WRAP UP</source>
        <translation>▶ SẮP HẾT GIỜ</translation>
    </message>
    <message>
        <source>▶ FINAL</source>
        <translation>▶ GIÂY CUỐI</translation>
    </message>
    <message>
        <source>▶ TIME UP</source>
        <translation>▶ HẾT GIỜ</translation>
    </message>
    <message>
        <source>Play this chime now, at this volume</source>
        <translation>Phát chuông này ngay, ở âm lượng này</translation>
    </message>
    <message>
        <source>Chime volume (try them)</source>
        <translation>Âm lượng chuông (nghe thử)</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {problem}</source>
        <translation>dòng {line}, cột {column}: {problem}</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Cuộn sang phải</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Cue</source>
        <translation>Tín hiệu</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Diễn giả</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>❚❚ PAUSED</source>
        <translation>❚❚ TẠM DỪNG</translation>
    </message>
    <message>
        <source>✓ {group} within budget</source>
        <translation>✓ {group} trong ngân sách</translation>
    </message>
    <message>
        <source>⚠ {group} over budget</source>
        <translation>⚠ {group} vượt ngân sách</translation>
    </message>
    <message>
        <source>{name} asks for the floor: Y accepts, D declines</source>
        <translation>{name} xin phát biểu: Y chấp nhận, D từ chối</translation>
    </message>
    <message>
        <source>☝ REQUESTED</source>
        <translation>☝ XIN PHÁT BIỂU</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Say</source>
        <translation>Cách đọc</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Speakers</source>
        <extracomment>Below this many average characters of width the queue is compact (cue shapes, types after names).</extracomment>
        <translation>Diễn giả</translation>
    </message>
    <message>
        <source>Speaker queue of the live segment</source>
        <translation>Hàng đợi diễn giả của phần đang chạy</translation>
    </message>
    <message>
        <source>Speakers · {title}</source>
        <translation>Diễn giả · {title}</translation>
    </message>
</context>
<context>
    <name>RemoteDialog</name>
    <message>
        <source>Agenda (anyone)</source>
        <extracomment>The standby&apos;s address, read when the links are built (a standby may say it after start). QR codes side by side in the dialog (seven links make two rows on a laptop&apos;s screen).</extracomment>
        <translation>Chương trình (mọi người)</translation>
    </message>
    <message>
        <source>Speaker display</source>
        <translation>Màn hình diễn giả</translation>
    </message>
    <message>
        <source>Lower third for the stream (OBS, vMix)</source>
        <translation>Dải tên cho luồng phát (OBS, vMix)</translation>
    </message>
    <message>
        <source>Stage manager (cues and messages)</source>
        <translation>Quản lý sân khấu (tín hiệu và tin nhắn)</translation>
    </message>
    <message>
        <source>The room: ask for the floor</source>
        <translation>Hội trường: xin phát biểu</translation>
    </message>
    <message>
        <source>The audience: ask a question</source>
        <translation>Khán giả: đặt câu hỏi</translation>
    </message>
    <message>
        <source>Floor manager</source>
        <translation>Điều phối hội trường</translation>
    </message>
    <message>
        <source>Interpreters&apos; booth</source>
        <translation>Cabin phiên dịch</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>Điều khiển từ xa</translation>
    </message>
    <message>
        <source>The network is off. Start with --serve [HOST:]PORT (or set it in Preferences).</source>
        <translation>Mạng đang tắt. Hãy khởi động với --serve [HOST:]PORT (hoặc đặt trong Tùy chọn).</translation>
    </message>
    <message>
        <source>this computer only</source>
        <translation>chỉ máy này</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>mạng</translation>
    </message>
    <message>
        <source>Listening on {where}. Open these on other devices:</source>
        <translation>Đang mở trên {where}. Mở các địa chỉ này trên thiết bị khác:</translation>
    </message>
    <message>
        <source>If this laptop dies, pages and connect windows move to {address} (the links above carry it; runofshow connect takes it as --fallback {address}).</source>
        <translation>Nếu máy tính này hỏng, các trang và cửa sổ connect sẽ tự chuyển sang {address} (các liên kết ở trên đã kèm địa chỉ này; runofshow connect nhận nó qua --fallback {address}).</translation>
    </message>
    <message>
        <source>Control token (everything): &lt;b&gt;{token}&lt;/b&gt;&lt;br&gt;Stage token (cues and messages only): &lt;b&gt;{stage_token}&lt;/b&gt;&lt;br&gt;Scripts and Stream Deck: POST /api/v1/command with &apos;Authorization: Bearer TOKEN&apos;; live feed: ws://…/api/v1/ws.</source>
        <translation>Mã điều khiển (toàn quyền): &lt;b&gt;{token}&lt;/b&gt;&lt;br&gt;Mã sân khấu (chỉ tín hiệu và tin nhắn): &lt;b&gt;{stage_token}&lt;/b&gt;&lt;br&gt;Script và Stream Deck: POST /api/v1/command với &apos;Authorization: Bearer TOKEN&apos;; luồng trực tiếp: ws://…/api/v1/ws.</translation>
    </message>
    <message>
        <source>Floor manager (requests, queue order, cues, audience questions; never the clock): &lt;b&gt;{floor}&lt;/b&gt;&lt;br&gt;Interpreters&apos; booth (messages only): &lt;b&gt;{booth}&lt;/b&gt;&lt;br&gt;The room (ask for the floor, withdraw): &lt;b&gt;{participant}&lt;/b&gt;&lt;br&gt;The audience (send a question): &lt;b&gt;{audience}&lt;/b&gt;</source>
        <translation>Điều phối hội trường (yêu cầu, thứ tự, tín hiệu, câu hỏi của khán giả; không bao giờ đồng hồ): &lt;b&gt;{floor}&lt;/b&gt;&lt;br&gt;Cabin phiên dịch (chỉ tin nhắn): &lt;b&gt;{booth}&lt;/b&gt;&lt;br&gt;Hội trường (xin phát biểu, rút lại): &lt;b&gt;{participant}&lt;/b&gt;&lt;br&gt;Khán giả (gửi câu hỏi): &lt;b&gt;{audience}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>RemoteInputs</name>
    <message>
        <source>API {url} · Ctrl+R: links and tokens</source>
        <extracomment>Where the pages and `connect` windows go should this laptop die (`--fallback`, or a standby that says its address): the server and Help → Remote control read it when used. The standby laptop&apos;s link (#29): made with the server (a standby follows the feed). Set by the session (ShowApp.prepare_command): a command&apos;s slow part off the GUI thread (ui/session/remote_port.py), the file read for a `reload`.</extracomment>
        <translation>API {url} · Ctrl+R: liên kết và mã</translation>
    </message>
</context>
<context>
    <name>RemoteShow</name>
    <message>
        <source> · connecting…</source>
        <extracomment>How long one attempt may take to open when there is another address to try: a live server on the LAN answers in milliseconds; a laptop that died without a word answers nothing at all. Makes a link to (url, token, open timeout).</extracomment>
        <translation> · đang kết nối…</translation>
    </message>
    <message>
        <source> · reconnecting… ({exc})</source>
        <translation> · đang kết nối lại… ({exc})</translation>
    </message>
    <message>
        <source> · connected to the fallback {address}</source>
        <translation> · đã kết nối với máy dự phòng {address}</translation>
    </message>
    <message>
        <source> · connected</source>
        <translation> · đã kết nối</translation>
    </message>
    <message>
        <source>not connected: try again in a moment</source>
        <translation>chưa kết nối: thử lại sau giây lát</translation>
    </message>
    <message>
        <source>not sent: {exc}</source>
        <translation>chưa gửi: {exc}</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Light bars: planned.  Dark bars: actual (green on time or early, red over).  Dashed line: hard stop.</source>
        <translation>Thanh nhạt: kế hoạch.  Thanh đậm: thực tế (xanh là đúng giờ hoặc sớm, đỏ là quá giờ).  Nét đứt: hạn chót.</translation>
    </message>
    <message>
        <source>Report · {title}</source>
        <translation>Báo cáo · {title}</translation>
    </message>
    <message>
        <source> (rehearsal)</source>
        <translation> (diễn tập)</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>chưa kết thúc</translation>
    </message>
    <message>
        <source> · hard stop {time}</source>
        <translation> · hạn chót {time}</translation>
    </message>
    <message>
        <source>Session {session} · planned end {planned} · actual end {ended}{hard}</source>
        <translation>Phiên {session} · dự kiến kết thúc {planned} · thực tế kết thúc {ended}{hard}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Các phần</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Phần</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Ran</source>
        <translation>Thực tế</translation>
    </message>
    <message>
        <source>Over/under</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Lượt</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Diễn giả</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>Được cấp</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Đã nói</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Speaking time per person</source>
        <translation>Thời gian nói theo người</translation>
    </message>
    <message>
        <source>Per organisation</source>
        <translation>Theo tổ chức</translation>
    </message>
    <message>
        <source>Per sector</source>
        <translation>Theo lĩnh vực</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Đã dùng</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <source> (from the audience: {name})</source>
        <translation> (của khán giả: {name})</translation>
    </message>
    <message>
        <source> (from the audience)</source>
        <translation> (của khán giả)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <source>{length} · count up</source>
        <translation>{length} · đếm lên</translation>
    </message>
    <message>
        <source>{length} · to {time}</source>
        <translation>{length} · đến {time}</translation>
    </message>
    <message>
        <source>Time budgets (by organisation)</source>
        <translation>Ngân sách thời gian (theo tổ chức)</translation>
    </message>
    <message>
        <source>Time budgets (by sector)</source>
        <translation>Ngân sách thời gian (theo lĩnh vực)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source> (to {name})</source>
        <translation> (cho {name})</translation>
    </message>
    <message>
        <source>seen {time}</source>
        <translation>đã xem lúc {time}</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>chưa xác nhận</translation>
    </message>
    <message>
        <source>{time}  to {recipient}: {text}  ({seen})</source>
        <translation>{time}  gửi {recipient}: {text}  ({seen})</translation>
    </message>
    <message>
        <source>Questions from the audience</source>
        <translation>Câu hỏi của khán giả</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gửi lúc</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>đã duyệt</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>đã hỏi</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>chưa hỏi</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>đã gộp</translation>
    </message>
    <message>
        <source>+{count} similar</source>
        <translation>+{count} câu tương tự</translation>
    </message>
    <message>
        <source>sent as: {text}</source>
        <translation>bản gửi: {text}</translation>
    </message>
    <message>
        <source>Run of show · {title}</source>
        <translation>Kịch bản · {title}</translation>
    </message>
    <message>
        <source>{language} (interpretation {interpretation})</source>
        <translation>{language} (phiên dịch {interpretation})</translation>
    </message>
    <message>
        <source>  (fixed start)</source>
        <translation>  (giờ bắt đầu cố định)</translation>
    </message>
    <message>
        <source>Moderator: {name}</source>
        <translation>Người điều phối: {name}</translation>
    </message>
    <message>
        <source>Role, organisation</source>
        <translation>Chức vụ, tổ chức</translation>
    </message>
    <message>
        <source>Say it / language</source>
        <translation>Cách đọc / ngôn ngữ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Questions: </source>
        <translation>Câu hỏi: </translation>
    </message>
    <message>
        <source>Cues:  </source>
        <translation>Tín hiệu:  </translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Ghi chú: {notes}</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: the last run was a rehearsal, closed at {last_change}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: lần chạy trước là buổi tổng duyệt, đóng lúc {last_change}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: the last run went to its end and was closed at {last_change}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: lần chạy trước đã chạy đến hết và đóng lúc {last_change}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; has a run that was closed at {last_change}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; có một lần chạy đã đóng lúc {last_change}.</translation>
    </message>
    <message>
        <source>Resume it (times, queues, notes and messages as they were), or start a new run? A new run keeps the old one in the archive.</source>
        <translation>Tiếp tục (thời gian, hàng đợi, ghi chú và tin nhắn như cũ), hay bắt đầu lần chạy mới? Lần chạy mới vẫn giữ lần cũ trong lưu trữ.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Start a new run</source>
        <translation>Bắt đầu lần chạy mới</translation>
    </message>
</context>
<context>
    <name>RundownModel</name>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Phần</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>○ pending</source>
        <translation>○ chưa đến</translation>
    </message>
    <message>
        <source>● LIVE</source>
        <translation>● ĐANG CHẠY</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ xong</translation>
    </message>
    <message>
        <source>⤼ skipped</source>
        <translation>⤼ bỏ qua</translation>
    </message>
    <message>
        <source>{title}
{kind} · speakers: {count}
ends ~{time}</source>
        <translation>{title}
{kind} · diễn giả: {count}
kết thúc ~{time}</translation>
    </message>
    <message>
        <source>counts down to {time}</source>
        <translation>đếm ngược đến {time}</translation>
    </message>
    <message>
        <source>counts up (its length is only planned)</source>
        <translation>đếm lên (thời lượng chỉ là dự kiến)</translation>
    </message>
    <message>
        <source>no clock on the speaker display</source>
        <translation>không có đồng hồ trên màn hình diễn giả</translation>
    </message>
    <message>
        <source>❚❚ PAUSED</source>
        <translation>❚❚ TẠM DỪNG</translation>
    </message>
    <message>
        <source>✓ OVERRAN</source>
        <translation>✓ QUÁ GIỜ</translation>
    </message>
</context>
<context>
    <name>ShowController</name>
    <message>
        <source>NOT DONE, the disk is full or read-only: {exc}</source>
        <extracomment>A new show&apos;s word to an old one that comes back (#29): not a command of the show, never journaled as one; the session writes its term record. Land this long after the boundary so the new second is surely visible. A wall clock that moves this much more (or less) than the monotonic clock has been stepped. Ticks come at least once a second; a longer silence means the computer slept or hung. Parts of the state that are not the show&apos;s (a key each; read on the GUI thread). This laptop stood down (#29): another holds the show; every command is refused with why. What `stand_down` (a new show&apos;s knock, the control token) does: the session&apos;s.</extracomment>
        <translation>CHƯA THỰC HIỆN, ổ đĩa đầy hoặc chỉ đọc: {exc}</translation>
    </message>
</context>
<context>
    <name>SpeakerActions</name>
    <message>
        <source>Give the floor to the next speaker</source>
        <translation>Mời diễn giả tiếp theo</translation>
    </message>
    <message>
        <source>End this turn</source>
        <translation>Kết thúc lượt này</translation>
    </message>
    <message>
        <source>Pause / resume the speaker</source>
        <translation>Tạm dừng / tiếp tục diễn giả</translation>
    </message>
    <message>
        <source>Speaker +30 s</source>
        <translation>Diễn giả +30 giây</translation>
    </message>
    <message>
        <source>Speaker −30 s</source>
        <translation>Diễn giả −30 giây</translation>
    </message>
    <message>
        <source>Add a speaker…</source>
        <translation>Thêm diễn giả…</translation>
    </message>
    <message>
        <source>Select the speaker above</source>
        <translation>Chọn diễn giả phía trên</translation>
    </message>
    <message>
        <source>Select the speaker below</source>
        <translation>Chọn diễn giả phía dưới</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>Move to the top</source>
        <translation>Lên đầu</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Return to the queue</source>
        <translation>Về hàng đợi</translation>
    </message>
    <message>
        <source>Remove from the queue</source>
        <translation>Xóa khỏi hàng đợi</translation>
    </message>
    <message>
        <source>Accept the request to speak</source>
        <translation>Chấp nhận yêu cầu phát biểu</translation>
    </message>
    <message>
        <source>Decline the request to speak</source>
        <translation>Từ chối yêu cầu phát biểu</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>🗣 Next speaker  [G]</source>
        <translation>🗣 Diễn giả tiếp  [G]</translation>
    </message>
    <message>
        <source>+ Speaker  [A]</source>
        <translation>+ Diễn giả  [A]</translation>
    </message>
    <message>
        <source>↶ Undo</source>
        <translation>↶ Hoàn tác</translation>
    </message>
    <message>
        <source>no one is asking for the floor</source>
        <translation>không ai xin phát biểu</translation>
    </message>
    <message>
        <source>select a speaker first (Up/Down or a click)</source>
        <translation>hãy chọn diễn giả trước (Lên/Xuống hoặc nhấp chuột)</translation>
    </message>
</context>
<context>
    <name>SpeakerDisplay</name>
    <message>
        <source>●  ON TIME</source>
        <translation>●  ĐÚNG GIỜ</translation>
    </message>
    <message>
        <source>▲  WRAP UP</source>
        <translation>▲  SẮP HẾT GIỜ</translation>
    </message>
    <message>
        <source>◆  FINAL</source>
        <translation>◆  GIÂY CUỐI</translation>
    </message>
    <message>
        <source>■  TIME IS UP</source>
        <translation>■  HẾT GIỜ</translation>
    </message>
    <message>
        <source>❚❚  PAUSED</source>
        <translation>❚❚  TẠM DỪNG</translation>
    </message>
    <message>
        <source>↑  TIME SO FAR</source>
        <translation>↑  THỜI GIAN ĐÃ QUA</translation>
    </message>
    <message>
        <source>Speaker display · runofshow</source>
        <translation>Màn hình diễn giả · runofshow</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Xin cảm ơn</translation>
    </message>
    <message>
        <source>Starts at {time}</source>
        <translation>Bắt đầu lúc {time}</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Tiếp theo: {name}</translation>
    </message>
    <message>
        <source> · until {time}</source>
        <translation> · đến {time}</translation>
    </message>
</context>
<context>
    <name>SpeakerStrip</name>
    <message>
        <source>The show has ended · Ctrl+G reopens a segment</source>
        <translation>Chương trình đã kết thúc · Ctrl+G mở lại một phần</translation>
    </message>
    <message>
        <source>NEXT: {name} — {cue}   [G: give the floor]</source>
        <translation>TIẾP THEO: {name} — {cue}   [G: mời nói]</translation>
    </message>
    <message>
        <source>NEXT: {name} — {cue}</source>
        <translation>TIẾP THEO: {name} — {cue}</translation>
    </message>
    <message>
        <source>NEXT: {name}</source>
        <translation>TIẾP THEO: {name}</translation>
    </message>
    <message>
        <source>NEXT: no one waiting  [A: add a speaker]</source>
        <translation>TIẾP THEO: không ai chờ  [A: thêm diễn giả]</translation>
    </message>
    <message>
        <source>FLOOR: no one is speaking</source>
        <translation>ĐANG NÓI: không có ai</translation>
    </message>
    <message>
        <source>FLOOR: {name}</source>
        <translation>ĐANG NÓI: {name}</translation>
    </message>
    <message>
        <source>❚❚ PAUSED</source>
        <translation>❚❚ TẠM DỪNG</translation>
    </message>
    <message>
        <source>SPEAKING</source>
        <translation>ĐANG NÓI</translation>
    </message>
</context>
<context>
    <name>StageWindow</name>
    <message>
        <source>Speaker ready</source>
        <extracomment>Compact below this many average characters of width, or lines of height.</extracomment>
        <translation>Diễn giả sẵn sàng</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>Sắp hết giờ</translation>
    </message>
    <message>
        <source>Interpretation problem</source>
        <translation>Sự cố phiên dịch</translation>
    </message>
    <message>
        <source>Mic check</source>
        <translation>Kiểm tra micro</translation>
    </message>
    <message>
        <source>◐ Standby  [1]</source>
        <translation>◐ Chuẩn bị  [1]</translation>
    </message>
    <message>
        <source>● Ready  [2]</source>
        <translation>● Sẵn sàng  [2]</translation>
    </message>
    <message>
        <source>○ Back to waiting  [3]</source>
        <translation>○ Về chờ  [3]</translation>
    </message>
    <message>
        <source>✉ {text}  [F{key}]</source>
        <translation>✉ {text}  [F{key}]</translation>
    </message>
    <message>
        <source>To the speaker:</source>
        <translation>Gửi diễn giả:</translation>
    </message>
    <message>
        <source>Custom message to the moderator, Enter to send</source>
        <translation>Tin nhắn riêng cho người điều phối, Enter để gửi</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Sắp tới</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Ghi chú về diễn giả</translation>
    </message>
    <message>
        <source>Message to the moderator: {text}</source>
        <translation>Tin nhắn cho người điều phối: {text}</translation>
    </message>
    <message>
        <source>Custom message to the moderator</source>
        <translation>Tin nhắn tự viết cho người điều phối</translation>
    </message>
    <message>
        <source>Segment cues</source>
        <translation>Tín hiệu của phần</translation>
    </message>
    <message>
        <source>Messages to the moderator</source>
        <translation>Tin nhắn cho người điều phối</translation>
    </message>
    <message>
        <source>Stage manager · {title}</source>
        <translation>Quản lý sân khấu · {title}</translation>
    </message>
    <message>
        <source>LIVE: {title}</source>
        <translation>ĐANG CHẠY: {title}</translation>
    </message>
    <message>
        <source>NEXT: {title}</source>
        <translation>TIẾP THEO: {title}</translation>
    </message>
    <message>
        <source>The show has ended: no one to cue</source>
        <translation>Chương trình đã kết thúc: không còn ai để báo</translation>
    </message>
    <message>
        <source>✓ seen {time}</source>
        <translation>✓ đã xem lúc {time}</translation>
    </message>
    <message>
        <source>○ not yet seen</source>
        <translation>○ chưa xem</translation>
    </message>
    <message>
        <source>▣ Lower third on  [L]</source>
        <translation>▣ Dải tên: bật  [L]</translation>
    </message>
    <message>
        <source>□ Lower third off  [L]</source>
        <translation>□ Dải tên: tắt  [L]</translation>
    </message>
    <message>
        <source>● linked to the fallback {address}</source>
        <translation>● đã kết nối với máy dự phòng {address}</translation>
    </message>
    <message>
        <source>● linked</source>
        <translation>● đã kết nối</translation>
    </message>
    <message>
        <source>■ LINK LOST {time} · reconnecting…</source>
        <translation>■ MẤT KẾT NỐI {time} · đang kết nối lại…</translation>
    </message>
    <message>
        <source>The show has ended · {time}</source>
        <translation>Chương trình đã kết thúc · {time}</translation>
    </message>
    <message>
        <source>NOW: {title} · ↑{ran} so far · {time}</source>
        <translation>BÂY GIỜ: {title} · ↑{ran} đã qua · {time}</translation>
    </message>
    <message>
        <source>NOW: {title} · ↑{ran} so far</source>
        <translation>BÂY GIỜ: {title} · ↑{ran} đã qua</translation>
    </message>
    <message>
        <source>↑{ran} so far · {time}</source>
        <translation>↑{ran} đã qua · {time}</translation>
    </message>
    <message>
        <source>NOW: {title} · OVERTIME {over} · {time}</source>
        <translation>BÂY GIỜ: {title} · QUÁ GIỜ {over} · {time}</translation>
    </message>
    <message>
        <source>NOW: {title} · OVERTIME {over}</source>
        <translation>BÂY GIỜ: {title} · QUÁ GIỜ {over}</translation>
    </message>
    <message>
        <source>OVERTIME {over} · {time}</source>
        <translation>QUÁ GIỜ {over} · {time}</translation>
    </message>
    <message>
        <source>{title} (until {time})</source>
        <translation>{title} (đến {time})</translation>
    </message>
    <message>
        <source>NOW: {title} · {left} left · {time}</source>
        <translation>BÂY GIỜ: {title} · còn {left} · {time}</translation>
    </message>
    <message>
        <source>READY: {title} · {left} left · {time}</source>
        <translation>SẴN SÀNG: {title} · còn {left} · {time}</translation>
    </message>
    <message>
        <source>{left} left · {time}</source>
        <translation>còn {left} · {time}</translation>
    </message>
    <message>
        <source>NOW: {title} · {left} left</source>
        <translation>BÂY GIỜ: {title} · còn {left}</translation>
    </message>
    <message>
        <source>READY: {title} · {left} left</source>
        <translation>SẴN SÀNG: {title} · còn {left}</translation>
    </message>
    <message>
        <source>Say it</source>
        <translation>Cách đọc</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>StandbyShipping</name>
    <message>
        <source>No standby laptop</source>
        <translation>Không có máy dự phòng</translation>
    </message>
    <message>
        <source>Standby {host}: in step</source>
        <translation>Dự phòng {host}: đồng bộ</translation>
    </message>
    <message>
        <source>STANDBY BEHIND ({host}): this laptop alone holds the latest</source>
        <translation>DỰ PHÒNG BỊ CHẬM ({host}): chỉ máy này có các lệnh mới nhất</translation>
    </message>
</context>
<context>
    <name>StandbyWindow</name>
    <message>
        <source>STANDBY for {host} — in step</source>
        <translation>DỰ PHÒNG cho {host} — đồng bộ</translation>
    </message>
    <message>
        <source>STANDBY for {host} — {count} records behind</source>
        <translation>DỰ PHÒNG cho {host} — chậm {count} bản ghi</translation>
    </message>
    <message>
        <source>STANDBY for {host} — not linked yet</source>
        <translation>DỰ PHÒNG cho {host} — chưa kết nối</translation>
    </message>
    <message>
        <source>STANDBY for {host} — link lost {time}</source>
        <translation>DỰ PHÒNG cho {host} — mất kết nối {time}</translation>
    </message>
    <message>
        <source>runofshow — standby</source>
        <translation>runofshow — máy dự phòng</translation>
    </message>
    <message>
        <source>Take over the show… ({key})</source>
        <translation>Tiếp quản chương trình… ({key})</translation>
    </message>
    <message>
        <source>The show&apos;s laptop still answers: it goes on as the show until it is told.</source>
        <translation>Máy của chương trình vẫn còn phản hồi: nó vẫn là chương trình cho đến khi được báo.</translation>
    </message>
    <message>
        <source>The show&apos;s laptop has not answered for a while.</source>
        <translation>Máy của chương trình đã không phản hồi một lúc.</translation>
    </message>
    <message>
        <source>Take over the show</source>
        <translation>Tiếp quản chương trình</translation>
    </message>
    <message>
        <source>Take over the show from {host}? This laptop becomes the show.</source>
        <translation>Tiếp quản chương trình từ {host}? Máy này sẽ trở thành chương trình.</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Tiếp quản</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Top: the plan. Bottom: what happened and what is expected now. Dashed: the hard stop.</source>
        <translation>Trên: kế hoạch. Dưới: những gì đã diễn ra và dự kiến bây giờ. Nét đứt: hạn chót.</translation>
    </message>
</context>
<context>
    <name>VenueRoom</name>
    <message>
        <source>venue: {problem}</source>
        <translation>địa điểm: {problem}</translation>
    </message>
    <message>
        <source>venue: online since {time}</source>
        <translation>địa điểm: trực tuyến từ {time}</translation>
    </message>
    <message>
        <source>venue: offline</source>
        <translation>địa điểm: mất kết nối</translation>
    </message>
</context>
<context>
    <name>VenueWindow</name>
    <message>
        <source>Room</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>⚠ bad state: what this room publishes cannot be read</source>
        <extracomment>A row&apos;s colour by its trouble (net/venue_board.RoomRow.trouble), from the tables&apos; state colours.</extracomment>
        <translation>⚠ trạng thái lỗi: không đọc được dữ liệu phòng này gửi</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>đã kết thúc</translation>
    </message>
    <message>
        <source>next: {title}</source>
        <translation>tiếp theo: {title}</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (tạm dừng)</translation>
    </message>
    <message>
        <source>planned for {date}</source>
        <translation>dự kiến ngày {date}</translation>
    </message>
    <message>
        <source>⚠ OVER the hard stop by {time} (~{end})</source>
        <translation>⚠ VƯỢT giờ kết thúc {time} (~{end})</translation>
    </message>
    <message>
        <source>~{end} (hard stop {stop})</source>
        <translation>~{end} (kết thúc cố định {stop})</translation>
    </message>
    <message>
        <source>✉ {count} unseen for {time}</source>
        <translation>✉ {count} chưa xem trong {time}</translation>
    </message>
    <message>
        <source>⚠ should have started at {time} — not online</source>
        <translation>⚠ lẽ ra đã bắt đầu lúc {time} — chưa trực tuyến</translation>
    </message>
    <message>
        <source>not online yet — starts at {time}</source>
        <translation>chưa trực tuyến — bắt đầu lúc {time}</translation>
    </message>
    <message>
        <source>no presence yet</source>
        <translation>chưa có tín hiệu</translation>
    </message>
    <message>
        <source>taken over by {host} at {time}</source>
        <translation>đã được {host} tiếp quản lúc {time}</translation>
    </message>
    <message>
        <source>online since {time}</source>
        <translation>trực tuyến từ {time}</translation>
    </message>
    <message>
        <source>■ OFFLINE since {time}</source>
        <translation>■ MẤT KẾT NỐI từ {time}</translation>
    </message>
    <message>
        <source>Venue control · {venue}</source>
        <translation>Điều phối địa điểm · {venue}</translation>
    </message>
    <message>
        <source>Rooms of the venue, worst trouble first</source>
        <translation>Các phòng của địa điểm, phòng có vấn đề trước</translation>
    </message>
    <message>
        <source>A message to the moderator…</source>
        <translation>Tin nhắn cho người điều phối…</translation>
    </message>
    <message>
        <source>Message to the moderator</source>
        <translation>Tin nhắn cho người điều phối</translation>
    </message>
    <message>
        <source>Send to the selected room  [Ctrl+Return]</source>
        <translation>Gửi đến phòng đã chọn  [Ctrl+Enter]</translation>
    </message>
    <message>
        <source>Send to every room</source>
        <translation>Gửi đến mọi phòng</translation>
    </message>
    <message>
        <source>Messages sent and who has seen them</source>
        <translation>Tin nhắn đã gửi và ai đã xem</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>A message was seen</source>
        <translation>Một tin nhắn đã được xem</translation>
    </message>
    <message>
        <source>{room} is offline</source>
        <translation>{room} mất kết nối</translation>
    </message>
    <message>
        <source>{room} is over the hard stop</source>
        <translation>{room} vượt giờ kết thúc</translation>
    </message>
    <message>
        <source>{room} has a message unseen for a minute</source>
        <translation>{room} có tin nhắn chưa xem hơn một phút</translation>
    </message>
    <message>
        <source>{room} should have started at {time} and is not online</source>
        <translation>{room} lẽ ra đã bắt đầu lúc {time} và chưa trực tuyến</translation>
    </message>
    <message>
        <source>venue: {problem}</source>
        <translation>địa điểm: {problem}</translation>
    </message>
    <message>
        <source>broker online</source>
        <translation>máy chủ tin nhắn trực tuyến</translation>
    </message>
    <message>
        <source>broker offline: reconnecting</source>
        <translation>máy chủ tin nhắn mất kết nối: đang kết nối lại</translation>
    </message>
    <message>
        <source>{broker} · {rooms} rooms</source>
        <translation>{broker} · {rooms} phòng</translation>
    </message>
    <message>
        <source>Select a room first (or send to every room)</source>
        <translation>Hãy chọn phòng trước (hoặc gửi đến mọi phòng)</translation>
    </message>
    <message>
        <source>every room</source>
        <translation>mọi phòng</translation>
    </message>
    <message>
        <source>✓ seen {time}</source>
        <translation>✓ đã xem lúc {time}</translation>
    </message>
    <message>
        <source>○ not yet seen</source>
        <translation>○ chưa xem</translation>
    </message>
    <message>
        <source>seen in {count} of {rooms} rooms</source>
        <translation>đã xem ở {count}/{rooms} phòng</translation>
    </message>
</context>
</TS>
