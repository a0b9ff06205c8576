<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Yike::Analysis</name>
    <message>
        <location filename="../ui/analysis/analysis_controller.cpp" line="+137"/>
        <source>The project has no walk profile.</source>
        <translation>项目中没有步行人群配置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The walk profile &quot;%1&quot; has no walking speed.</source>
        <translation>步行人群配置“%1”没有步行速度。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The walk analysis failed: %1</source>
        <translation>步行分析失败：%1</translation>
    </message>
    <message>
        <location line="+187"/>
        <location filename="../ui/analysis/walk_probe_controller.cpp" line="+254"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_dock.cpp" line="+43"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not reachable</source>
        <translation>不可达</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location filename="../ui/analysis/walk_probe_dock.cpp" line="+35"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Walk Access</source>
        <translation>步行可达分析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service:</source>
        <translation>服务设施(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/analysis/walk_probe_dock.cpp" line="+121"/>
        <source>&amp;Walkers:</source>
        <translation>步行人群(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/analysis/walk_probe_dock.cpp" line="-7"/>
        <source>Count &amp;planned facilities</source>
        <translation>计入规划设施(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include facilities with status Planned, to see what a proposal would add.</source>
        <translation>计入状态为“规划”的设施，查看方案带来的改善。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run Again</source>
        <translation>重新分析(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the whole analysis again from the current project</source>
        <translation>按当前项目重新进行完整分析</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All residents</source>
        <translation>全体居民</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aged 60+</source>
        <translation>60 岁及以上</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aged 0–14</source>
        <translation>0–14 岁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of residents whose home is within the walking time of the nearest facility</source>
        <translation>住所到最近设施的步行时间在该时限内的居民比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plot &amp;Ratio…</source>
        <translation>容积率(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The residential plot ratio (floor area ÷ land area) that estimates the residents of compounds without mapped buildings</source>
        <translation>用于估算未标绘建筑的小区居民数的住宅容积率（建筑面积 ÷ 用地面积）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No residents are known in this project, so no shares can be given. Enter the compounds&apos; survey figures (View → Attribute Table → Compounds → Population), import a population grid (File → Import → Population Grid…), or draw the residential compounds.</source>
        <translation>本项目中没有任何已知居民，因此无法给出比例。请录入小区的调查数据（视图 → 属性表 → 小区 → 人口），导入人口格网（文件 → 导入 → 人口格网…），或绘制居住小区。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2 m/s)</source>
        <translation>%1（%2 米/秒）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Target: %1 (the catalogue gives none; the 15-minute circle is used)</source>
        <translation>目标：%1（目录未给出，按 15 分钟生活圈计）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (“%1”)</source>
        <translation>（“%1”）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: %1; confidence: %2</source>
        <translation>来源：%1；可信度：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 facility lies too far from any street and is not counted.</source>
        <translation>1 处设施距离道路过远，未计入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 facilities lie too far from any street and are not counted.</source>
        <translation>%1 处设施距离道路过远，未计入。</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Blind spots: 1 compound beyond the target</source>
        <translation>服务盲区：1 个小区超出目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blind spots: %1 compounds beyond the target</source>
        <translation>服务盲区：%1 个小区超出目标</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Walking every street…</source>
        <translation>正在沿街道逐一计算步行时间…</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Residents walk from their compounds&apos; centres (the project has no home buildings).</source>
        <translation>居民从小区中心出发步行（项目中没有住宅楼）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Residents walk from %1 home buildings.</source>
        <translation>居民从 %1 栋住宅楼出发步行。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Residential Plot Ratio</source>
        <translation>住宅容积率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plot ratio (floor area ÷ land area) of the compounds that have no buildings mapped and no ratio of their own.
Without a setting, %1 is assumed (GB 50180-2018 table 4.0.2, climate zone III).</source>
        <translation>未标绘建筑且未单独设定容积率的小区所采用的容积率（建筑面积 ÷ 用地面积）。
未设置时假定为 %1（GB 50180-2018 表 4.0.2，Ⅲ类气候区）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set Plot Ratio</source>
        <translation>设置容积率</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No result yet.</source>
        <translation>尚无结果。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>≤ %1 min</source>
        <translation>≤ %1 分钟</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Compound %1</source>
        <translation>小区 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 residents</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about %1 residents (population grid)</source>
        <translation>约 %1 人（人口格网）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about %1 residents (from floor area)</source>
        <translation>约 %1 人（按建筑面积估算）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about %1 residents (from land × plot ratio)</source>
        <translation>约 %1 人（按用地 × 容积率估算）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no residents known</source>
        <translation>居民人数未知</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to show it on the map</source>
        <translation>双击在地图上显示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full run: %1 s</source>
        <translation>完整分析：%1 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; last edit applied in %1 ms</source>
        <translation>；最近一次编辑更新用时 %1 毫秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updating after an edit…</source>
        <translation>正在按编辑更新…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/walk_probe_controller.cpp" line="-63"/>
        <source>Cannot measure walks: %1</source>
        <translation>无法测算步行：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No facility of this service is within reach.</source>
        <translation>步行范围内没有这类服务设施。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>facility #%1</source>
        <translation>设施 #%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the point</source>
        <translation>该点</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The centre is no longer in the project.</source>
        <translation>中心已不在项目中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A planned facility counts only when planned facilities are included.</source>
        <translation>规划设施只有在勾选“计入规划设施”时才参与计算。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No street that can be walked is near enough to this place.</source>
        <translation>此处附近没有可步行的道路。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These walkers cannot pass this gate (closed, or a vehicle gate).</source>
        <translation>这类步行者无法通过此门（已关闭或为车行门）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project has no such walk profile.</source>
        <translation>项目中没有这个步行人群设置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/analysis/walk_probe_dock.cpp" line="+209"/>
        <source>Walk times must be numbers above zero.</source>
        <translation>步行时间须为大于零的数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reached on foot within the search limit.</source>
        <translation>在搜索上限内步行无法到达。</translation>
    </message>
    <message>
        <location filename="../ui/analysis/walk_probe_dock.cpp" line="-316"/>
        <source>%1 min: %2 km²</source>
        <translation>%1 分钟：%2 平方公里</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+63"/>
        <location line="+217"/>
        <source>Measuring…</source>
        <translation>正在测算…</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Walk Probe</source>
        <translation>步行探测</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk rings</source>
        <translation>步行圈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Around &amp;Selection</source>
        <translation>围绕选中对象(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rings around the selected facility or gate; they follow it when it moves.</source>
        <translation>围绕选中的设施或小区门绘制步行圈；移动它时步行圈随之更新。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Around Probed P&amp;oint</source>
        <translation>围绕探测点(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Minutes:</source>
        <translation>分钟(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk times separated by commas, e.g. 5, 10, 15</source>
        <translation>用逗号分隔的步行时间，例如 5, 10, 15</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the Walk Probe tool (W) and click the map: the minutes from there to every service appear here, for each group of walkers.</source>
        <translation>选择“步行探测”工具（W）并在地图上点击：此处将列出从该点步行到各类服务所需的分钟数，分人群显示。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From %1, %2</source>
        <translation>起点 %1, %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (min)</source>
        <translation>%1（分钟）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nearest</source>
        <translation>最近设施</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+21"/>
        <location line="+39"/>
        <location line="+96"/>
        <location line="+7"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>%1 to %2. Click to draw the walking route.</source>
        <translation>%1 到%2。点击绘制步行路线。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None within %1 on foot.</source>
        <translation>步行 %1 内没有。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose a time to draw its route.</source>
        <translation>点选一个时间以绘制其步行路线。</translation>
    </message>
    <message>
        <location filename="../ui/analysis/walk_probe_controller.cpp" line="-42"/>
        <location filename="../ui/analysis/walk_probe_dock.cpp" line="+10"/>
        <source>gate #%1</source>
        <translation>门 #%1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/walk_probe_dock.cpp" line="+6"/>
        <source>Route to %1: %2 m, %3</source>
        <translation>到%1：%2 米，%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Through %1</source>
        <translation>经过 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Select a facility or a gate first.</source>
        <translation>请先选择一个设施或小区门。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Probe a place first (Walk Probe tool, W).</source>
        <translation>请先探测一个地点（步行探测工具，W）。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Around facility %1</source>
        <translation>围绕设施 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Around gate %1</source>
        <translation>围绕小区门 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Around %1, %2</source>
        <translation>围绕 %1, %2</translation>
    </message>
</context>
<context>
    <name>Yike::App</name>
    <message>
        <location filename="../app/yike/main.cpp" line="+67"/>
        <source>一刻 Yike: a planning workstation for 15-minute living circles.</source>
        <translation>一刻 Yike：一刻钟便民生活圈规划工作站。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User interface language: zh_CN (Chinese) or en (English).</source>
        <translation>界面语言：zh_CN（中文）或 en（英文）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project file to open.</source>
        <translation>要打开的项目文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[FILE]</source>
        <translation>[文件]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown language “%1”; use zh_CN or en.</source>
        <translation>未知的语言“%1”，请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only one project file can be opened.</source>
        <translation>一次只能打开一个项目文件。</translation>
    </message>
</context>
<context>
    <name>Yike::Attributes</name>
    <message>
        <location filename="../ui/attributes/attribute_table_dock.cpp" line="+303"/>
        <source>%1 features</source>
        <translation>%1 个要素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 features</source>
        <translation>%1 / %2 个要素</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attribute Table</source>
        <translation>属性表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Layer:</source>
        <translation>图层(&amp;L)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search any column…</source>
        <translation>搜索任意列…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the rows that contain every word typed, in any column (names, categories in Chinese or English, codes, numbers).</source>
        <translation>显示在任意列（名称、中文或英文类别、代码、数字）中包含所输入全部词语的行。</translation>
    </message>
    <message>
        <location filename="../ui/attributes/catalog_editor_dialog.cpp" line="+39"/>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2): 1 facility</source>
        <translation>%1（%2）：1 个设施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): %3 facilities</source>
        <translation>%1（%2）：%3 个设施</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No source gives this category an area.</source>
        <translation>没有来源给出该类别的面积。</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>The facility keeps its code, which will no longer be in the catalogue.</source>
        <translation>该设施保留其代码，但该代码将不再属于目录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 facilities keep their codes, which will no longer be in the catalogue.</source>
        <translation>这 %1 个设施保留其代码，但这些代码将不再属于目录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facilities still use these categories:
%1

%2
Remove the categories anyway?</source>
        <translation>以下类别仍被设施使用：
%1

%2
仍要删除这些类别吗？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove Categories in Use</source>
        <translation>删除使用中的类别</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The catalogue cannot be applied: %1</source>
        <translation>无法应用目录：%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>These codes are used by facilities but are no longer in the edited catalogue:
%1

The facilities keep their codes. Apply the catalogue anyway?</source>
        <translation>以下代码仍被设施使用，但已不在编辑后的目录中：
%1

这些设施保留其代码。仍要应用该目录吗？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Categories in Use</source>
        <translation>使用中的类别</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 facility keeps a category code that is no longer in the catalogue.</source>
        <translation>1 个设施保留了已不在目录中的类别代码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 facilities keep a category code that is no longer in the catalogue.</source>
        <translation>%1 个设施保留了已不在目录中的类别代码。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sources and stated figures of “%1” (%2)</source>
        <translation>“%1”（%2）的来源与原文数值</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sources and stated figures</source>
        <translation>来源与原文数值</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Standards Catalogue</source>
        <translation>标准目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The facility categories of this project with their walking targets, and where every figure comes from. Changes apply when you press OK, as one step that Undo reverts. Empty figures mean that no source gives one.</source>
        <translation>本项目的设施类别及其步行目标，以及每个数值的出处。按“确定”后更改生效，作为一步操作，可用“撤销”还原。数值为空表示没有来源给出该数值。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add Category</source>
        <translation>添加类别(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Category</source>
        <translation>删除类别(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore &amp;Built-in Catalogue</source>
        <translation>恢复内置目录(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the table with the catalogue shipped with Yike (applied when you press OK).</source>
        <translation>用 Yike 自带的目录替换此表（按“确定”后生效）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sources (ID and where):</source>
        <translation>来源（编号与出处）(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/attributes/feature_table_model.cpp" line="+139"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where (document, page, address)</source>
        <translation>出处（文件、页码、网址）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add S&amp;ource</source>
        <translation>添加来源(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Sour&amp;ce</source>
        <translation>删除来源(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Walking target as stated:</source>
        <translation>原文步行目标(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minimum area as stated:</source>
        <translation>原文最小面积(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provision per population:</source>
        <translation>按人口配置(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;GB 50180-2018 tier:</source>
        <translation>GB 50180-2018 层级(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area read at:</source>
        <translation>面积依据：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/attributes/catalog_table_model.cpp" line="+25"/>
        <source>Basic</source>
        <translation>基本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality</source>
        <translation>品质</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quote: “%1”</source>
        <translation>原文：“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction: %1</source>
        <translation>适用地区：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence: %1</source>
        <translation>可信度：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read at: %1</source>
        <translation>出处：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk (min)</source>
        <translation>步行（分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk distance (m)</source>
        <translation>步行距离（米）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/attributes/feature_table_model.cpp" line="+515"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stable identifier used by facilities: lower_snake_case.</source>
        <translation>设施使用的稳定标识：小写字母加下划线（lower_snake_case）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basic or quality service (MOFCOM grading).</source>
        <translation>基本型或品质型服务（商务部分级）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target walking time in minutes; empty when no source gives one.</source>
        <translation>目标步行时间（分钟）；没有来源给出时为空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target walking distance in metres; empty when no source gives one.</source>
        <translation>目标步行距离（米）；没有来源给出时为空。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Where the figures come from; edit them below the table.</source>
        <translation>数值的出处；在表格下方编辑。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How far the figures can be trusted (secondary, local, unverified, ...).</source>
        <translation>数值的可信程度（二手资料、地方规定、未核实等）。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No source recorded.</source>
        <translation>未记录来源。</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Row %1: the code is empty.</source>
        <translation>第 %1 行：代码为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1: the code “%2” must be lower_snake_case (a-z, 0-9 and _, starting with a letter).</source>
        <translation>第 %1 行：代码“%2”必须为 lower_snake_case（a-z、0-9 和 _，以字母开头）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows %1 and %2 have the same code “%3”.</source>
        <translation>第 %1 行和第 %2 行的代码“%3”相同。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1 (%2): give a Chinese or an English name.</source>
        <translation>第 %1 行（%2）：请填写中文或英文名称。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1 (%2): %3 must be zero or more.</source>
        <translation>第 %1 行（%2）：%3 必须大于或等于零。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Row %1 (%2): a source has no ID.</source>
        <translation>第 %1 行（%2）：有一个来源没有编号。</translation>
    </message>
    <message>
        <location line="-221"/>
        <location line="+278"/>
        <source>As stated by the source: %1</source>
        <translation>来源原文：%1</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Min. area (m²)</source>
        <translation>最小面积（m²）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max. area (m²)</source>
        <translation>最大面积（m²）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area kind</source>
        <translation>面积类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area source</source>
        <translation>面积依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Siting</source>
        <translation>选址要求</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Minimum area in square metres, of the kind in the Area kind column; empty when no source gives one.</source>
        <translation>最小面积（平方米），口径见“面积类型”列；没有来源给出时为空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Largest area in square metres where a source gives a range; empty otherwise.</source>
        <translation>来源给出面积范围时的最大面积（平方米）；否则为空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the areas measure: floor, usable, sales or dining area of a room, or the land of an outdoor site.</source>
        <translation>面积的口径：房屋的建筑面积、使用面积、营业面积或就餐面积，或室外场地的用地面积。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the minimum area was read: jurisdiction and confidence; the quote and the link are in the tooltip and below the table.</source>
        <translation>最小面积的出处：适用地区与可信度；原文和链接见提示及表格下方。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the service may go, as the source states it (ground floor, never below ground, ...).</source>
        <translation>来源所述的设置位置要求（如首层、不得设在地下等）。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Floor area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable area</source>
        <translation>使用面积</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales area</source>
        <translation>营业面积</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dining area</source>
        <translation>就餐面积</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site area</source>
        <translation>用地面积</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Row %1 (%2): the largest area is smaller than the minimum.</source>
        <translation>第 %1 行（%2）：最大面积小于最小面积。</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>A category needs a code.</source>
        <translation>类别需要代码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code “%1” must be lower_snake_case (a-z, 0-9 and _, starting with a letter).</source>
        <translation>代码“%1”必须为 lower_snake_case（a-z、0-9 和 _，以字母开头）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The code “%1” is already used in row %2.</source>
        <translation>代码“%1”已在第 %2 行使用。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a kind of area.</source>
        <translation>“%1”不是面积类型。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: “%2” is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be zero or more.</source>
        <translation>%1 必须大于或等于零。</translation>
    </message>
    <message>
        <location filename="../ui/attributes/feature_table_model.cpp" line="-575"/>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a number from %2 to %3.</source>
        <translation>%1 必须是 %2 到 %3 之间的数字。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Line %1 (“%2”) is not of the form key=value.</source>
        <translation>第 %1 行（“%2”）不是“键=值”的形式。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key “%1” appears more than once.</source>
        <translation>键“%1”出现了不止一次。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move it on the map to change it.</source>
        <translation>请在地图上移动它来修改。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+164"/>
        <location line="+87"/>
        <location line="+96"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-342"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Code: %1 (not in the project&apos;s catalogue)</source>
        <translation>代码：%1（不在项目目录中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code: %1</source>
        <translation>代码：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (not in the catalogue)</source>
        <translation>%1（不在目录中）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a category of the project&apos;s catalogue.</source>
        <translation>“%1”不是项目目录中的类别。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not a facility status.</source>
        <translation>“%1”不是设施状态。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attributes</source>
        <translation>附加属性</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Survey</source>
        <translation>调查数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Population grid (%1)</source>
        <translation>人口格网（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population grid</source>
        <translation>人口格网</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated from floor area</source>
        <translation>按建筑面积估算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated from land × plot ratio %1</source>
        <translation>按用地 × 容积率 %1 估算</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Residents 60+</source>
        <translation>60 岁及以上居民</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Children 0–14</source>
        <translation>0–14 岁儿童</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fenced</source>
        <translation>封闭管理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plot ratio</source>
        <translation>容积率</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Floor area ÷ land area (容积率), used to estimate the residents of a compound without buildings or survey figures. Empty or 0: the project&apos;s setting.</source>
        <translation>建筑面积 ÷ 用地面积（容积率），用于估算既无建筑也无调查数据的小区的居民数。留空或为 0：采用项目设置。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Residents counted</source>
        <translation>计入居民</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Aged 60+: %1; aged 0–14: %2</source>
        <translation>60 岁及以上：%1；0–14 岁：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counted from</source>
        <translation>计数依据</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+18"/>
        <source>Compound %1</source>
        <translation>小区 %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <location filename="../ui/attributes/field_labels.cpp" line="+53"/>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compound ID: %1</source>
        <translation>小区编号：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (ID %2)</source>
        <translation>%1（编号 %2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no compound with the ID %1.</source>
        <translation>没有编号为 %1 的小区。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+66"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>“%1” is not a gate kind.</source>
        <translation>“%1”不是门的类型。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24/7, closed, or ranges such as 06:00-22:00; empty means always open.</source>
        <translation>24/7、closed，或如 06:00-22:00 的时段；为空表示全天开放。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not understood as opening hours. Use 24/7, closed, or ranges such as 06:00-22:00, 07:00-09:00.</source>
        <translation>无法识别开放时间“%1”。请使用 24/7、closed，或如 06:00-22:00, 07:00-09:00 的时段。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>“%1” is not a kind of idle space.</source>
        <translation>“%1”不是闲置空间的类型。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Floor area (m²)</source>
        <translation>建筑面积（m²）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Storey</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>产权方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated cost (yuan)</source>
        <translation>估算改造费用（元）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lift</source>
        <translation>有电梯</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proposed for</source>
        <translation>拟改建为</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Codes: %1</source>
        <translation>代码：%1</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The change could not be made: %1</source>
        <translation>无法完成修改：%1</translation>
    </message>
    <message>
        <location filename="../ui/attributes/field_labels.cpp" line="-27"/>
        <source>Existing</source>
        <translation>现状</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>规划</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pedestrian</source>
        <translation>人行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle</source>
        <translation>车行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compounds</source>
        <translation>小区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gates</source>
        <translation>出入口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle Spaces</source>
        <translation>闲置空间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gate</source>
        <translation>出入口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle Space</source>
        <translation>闲置空间</translation>
    </message>
    <message>
        <location filename="../ui/attributes/property_editor_dock.cpp" line="+150"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing selected</source>
        <translation>未选择任何要素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 features selected</source>
        <translation>已选择 %1 个要素</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Properties</source>
        <translation>要素属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one facility, compound, gate or idle space on the map or in the attribute table to edit its properties here.</source>
        <translation>在地图上或属性表中选择一个设施、小区、出入口或闲置空间，即可在此编辑其属性。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>Yike::Basemap</name>
    <message>
        <location filename="../ui/basemap/basemap_controller.cpp" line="+106"/>
        <source>Tianditu needs a key: enter it under View → Basemap → Manage Basemaps…</source>
        <translation>天地图需要密钥：请在“视图 → 底图 → 管理底图…”中填写。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no basemap “%1”.</source>
        <translation>没有名为“%1”的底图。</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>&amp;Basemap</source>
        <translation>底图(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;None (Offline Map)</source>
        <translation>无（离线地图）(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;OpenStreetMap Standard</source>
        <translation>OpenStreetMap 标准(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tianditu (Key)…</source>
        <translation>天地图（需密钥）(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;MBTiles File…</source>
        <translation>添加 MBTiles 文件(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Custom &amp;XYZ…</source>
        <translation>添加自定义 XYZ(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manage Basemaps…</source>
        <translation>管理底图(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiles from tile.openstreetmap.org (needs the internet; tiles seen once stay available offline)</source>
        <translation>来自 tile.openstreetmap.org 的瓦片（需联网；看过的区域离线时仍可显示）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tianditu Key</source>
        <translation>天地图密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tianditu (天地图) tiles need a key, free from console.tianditu.gov.cn:</source>
        <translation>天地图瓦片需要密钥，可在 console.tianditu.gov.cn 免费申请：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open MBTiles File</source>
        <translation>打开 MBTiles 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MBTiles files (*.mbtiles);;All files (*)</source>
        <translation>MBTiles 文件 (*.mbtiles);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/basemap/basemap_dialogs.cpp" line="+32"/>
        <source>Custom XYZ Basemap</source>
        <translation>自定义 XYZ 底图</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use {z}, {x} and {y} for the tile (or {-y} for rows counted from the south) and {s} for one of the subdomains. Tiles must be in Web Mercator with WGS 84 coordinates: tiles of AMap, Tencent or Baidu are shifted (GCJ-02, BD-09) and will not line up with the project.</source>
        <translation>用 {z}、{x}、{y} 表示瓦片（{-y} 表示自南向北计数的行号），{s} 表示其中一个子域名。瓦片须为 WGS 84 坐标的 Web 墨卡托投影：高德、腾讯或百度的瓦片经过偏移（GCJ-02、BD-09），无法与项目数据对齐。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL template:</source>
        <translation>URL 模板(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subdomains:</source>
        <translation>子域名(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Credit:</source>
        <translation>署名(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mi&amp;nimum zoom:</source>
        <translation>最小缩放级别(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ma&amp;ximum zoom:</source>
        <translation>最大缩放级别(&amp;X)：</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basemaps</source>
        <translation>底图</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>key from console.tianditu.gov.cn</source>
        <translation>在 console.tianditu.gov.cn 申请的密钥</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Tianditu key:</source>
        <translation>天地图密钥(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your basemap sources:</source>
        <translation>您添加的底图：</translation>
    </message>
</context>
<context>
    <name>Yike::Commands</name>
    <message>
        <location filename="../ui/commands/add_feature.cpp" line="+40"/>
        <source>Add Facility</source>
        <translation>添加设施</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw Compound</source>
        <translation>绘制小区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Gate</source>
        <translation>添加出入口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Idle Space</source>
        <translation>添加闲置空间</translation>
    </message>
    <message>
        <location filename="../ui/commands/set_compound_outline.cpp" line="+22"/>
        <source>Edit Compound Outline</source>
        <translation>修改小区边界</translation>
    </message>
    <message>
        <location filename="../ui/commands/move_features.cpp" line="+28"/>
        <source>Move Feature</source>
        <translation>移动要素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 Features</source>
        <translation>移动 %1 个要素</translation>
    </message>
    <message>
        <location filename="../ui/commands/remove_features.cpp" line="+45"/>
        <source>Delete Feature</source>
        <translation>删除要素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 Features</source>
        <translation>删除 %1 个要素</translation>
    </message>
    <message>
        <location filename="../ui/commands/import_features.cpp" line="+22"/>
        <source>Import 1 Feature</source>
        <translation>导入 1 个要素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import %1 Features</source>
        <translation>导入 %1 个要素</translation>
    </message>
    <message>
        <location filename="../ui/commands/set_catalog.cpp" line="+18"/>
        <source>Restore Built-in Catalogue</source>
        <translation>恢复内置目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Standards Catalogue</source>
        <translation>编辑标准目录</translation>
    </message>
    <message>
        <location filename="../ui/commands/update_feature.cpp" line="+41"/>
        <source>Edit Facility</source>
        <translation>编辑设施</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit Compound</source>
        <translation>编辑小区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit Gate</source>
        <translation>编辑出入口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit Idle Space</source>
        <translation>编辑闲置空间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set %1</source>
        <translation>设置%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set %1 of “%2”</source>
        <translation>设置“%2”的%1</translation>
    </message>
    <message>
        <location filename="../ui/commands/import_population_grid.cpp" line="+15"/>
        <source>Import Population Grid</source>
        <translation>导入人口格网</translation>
    </message>
    <message>
        <location filename="../ui/commands/accept_conversions.cpp" line="+22"/>
        <source>Accept 1 Conversion</source>
        <translation>接受 1 项改造</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept %1 Conversions</source>
        <translation>接受 %1 项改造</translation>
    </message>
    <message>
        <location filename="../ui/commands/remove_print_layout.cpp" line="+17"/>
        <source>Delete Print Layout “%1”</source>
        <translation>删除打印版式“%1”</translation>
    </message>
    <message>
        <location filename="../ui/commands/set_print_layout.cpp" line="+19"/>
        <source>Edit Print Layout “%1”</source>
        <translation>编辑打印版式“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Print Layout “%1”</source>
        <translation>添加打印版式“%1”</translation>
    </message>
    <message>
        <location filename="../ui/commands/remove_circle.cpp" line="+16"/>
        <source>Delete Living Circle “%1”</source>
        <translation>删除生活圈“%1”</translation>
    </message>
    <message>
        <location filename="../ui/commands/set_circle.cpp" line="+36"/>
        <source>Add Living Circle “%1”</source>
        <translation>添加生活圈“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Living Circle “%1”</source>
        <translation>编辑生活圈“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename Living Circle “%1” to “%2”</source>
        <translation>将生活圈“%1”重命名为“%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit and Rename Living Circle “%1” to “%2”</source>
        <translation>编辑生活圈“%1”并重命名为“%2”</translation>
    </message>
</context>
<context>
    <name>Yike::Document</name>
    <message>
        <location filename="../ui/document/document_error.cpp" line="+17"/>
        <source>Cannot Open Project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot Save Project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot Restore Project</source>
        <translation>无法恢复项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autosave Failed</source>
        <translation>自动保存失败</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file “%1” does not exist. It may have been moved, renamed or deleted.</source>
        <translation>文件“%1”不存在，可能已被移动、重命名或删除。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a Yike project file: it is empty or not a database at all.</source>
        <translation>“%1”不是一刻项目文件：文件为空，或根本不是数据库。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project file “%1” is damaged and cannot be read. If you have a backup or an autosaved copy, open that instead.</source>
        <translation>项目文件“%1”已损坏，无法读取。如有备份或自动保存的副本，请改为打开该副本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is a GeoPackage made by another program, not a Yike project. Its layers can be imported into a project, but the file cannot be opened as one.</source>
        <translation>“%1”是由其他软件生成的 GeoPackage，不是一刻项目。其中的图层可以导入到项目中，但该文件不能作为项目直接打开。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is a database, but not a Yike project.</source>
        <translation>“%1”是一个数据库，但不是一刻项目。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” was saved by a newer version of Yike. Please update Yike to open it. The file was not changed.</source>
        <translation>“%1”由更新版本的一刻保存，请升级一刻后再打开。该文件未被改动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was saved by a newer version of Yike (%2). Please update Yike to open it. The file was not changed.</source>
        <translation>“%1”由更新版本的一刻（%2）保存，请升级一刻后再打开。该文件未被改动。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is being edited in another Yike window. You can open it read-only to look at it, and save any changes under a different name.</source>
        <translation>“%1”正在另一个一刻窗口中编辑。您可以以只读方式打开查看，如有修改请另存为其他文件名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is being edited by %2. You can open it read-only to look at it, and save any changes under a different name.</source>
        <translation>“%1”正由 %2 编辑。您可以以只读方式打开查看，如有修改请另存为其他文件名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You do not have permission to open “%1”.</source>
        <translation>您没有打开“%1”的权限。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yike could not read “%1”. Check that the disk or network drive is available and that you may read the folder.</source>
        <translation>一刻无法读取“%1”。请检查磁盘或网络驱动器是否可用，以及您是否有权读取该文件夹。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder for “%1” does not exist any more. Choose another folder with Save As.</source>
        <translation>“%1”所在的文件夹已不存在，请通过“另存为”选择其他文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is being edited in another Yike window, so it cannot be overwritten. Save under a different name.</source>
        <translation>“%1”正在另一个一刻窗口中编辑，无法覆盖。请另存为其他文件名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is being edited by %2, so it cannot be overwritten. Save under a different name.</source>
        <translation>“%1”正由 %2 编辑，无法覆盖。请另存为其他文件名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” cannot be written: the file or its folder is read-only, or the project was opened read-only. Save under a different name or in another folder.</source>
        <translation>无法写入“%1”：文件或其所在文件夹为只读，或项目是以只读方式打开的。请另存为其他文件名，或保存到其他文件夹。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” could not be replaced with the project: it is not a Yike project file this version can write. Save under a different name.</source>
        <translation>无法用本项目替换“%1”：它不是本版本一刻可写入的项目文件。请另存为其他文件名。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yike could not write “%1”. Check that the disk is not full and that you may write to the folder.</source>
        <translation>一刻无法写入“%1”。请检查磁盘空间是否已满，以及您是否有权写入该文件夹。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the project</source>
        <translation>本项目</translation>
    </message>
    <message>
        <location filename="../ui/document/project_document.cpp" line="+90"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>Yike::Evaluation</name>
    <message>
        <location filename="../ui/evaluation/evaluation_controller.cpp" line="+41"/>
        <source>Whole study area</source>
        <translation>整个研究范围</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The circles cannot be evaluated: %1</source>
        <translation>无法评价生活圈：%1</translation>
    </message>
    <message>
        <location filename="../ui/evaluation/evaluation_dock.cpp" line="+52"/>
        <source>none live here</source>
        <translation>无此人群</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+427"/>
        <source>Sources: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location line="-425"/>
        <location line="+427"/>
        <source>Confidence: %1</source>
        <translation>可信度：%1</translation>
    </message>
    <message>
        <location line="-415"/>
        <source>missing: enter the survey figure in the circle</source>
        <translation>缺失：请在生活圈中填写调查数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing: no households counted and no residents known</source>
        <translation>缺失：无户数调查，也无已知居民</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing: some facilities have no floor area (attribute floor_area_m2)</source>
        <translation>缺失：部分设施无建筑面积（属性 floor_area_m2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing: no such facility in the circle</source>
        <translation>缺失：生活圈内无此类设施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing: no facility says whether it is a chain (OSM brand tag or attribute chain=yes/no)</source>
        <translation>缺失：没有设施注明是否连锁（OSM brand 标签或属性 chain=yes/no）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 (target %3 %2)</source>
        <translation>%1 %2（目标 %3 %2）</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Circle Evaluation</source>
        <translation>生活圈评价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evaluate</source>
        <translation>评价(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every living circle against the standards: services present and reached per age group, grade, indicators</source>
        <translation>按标准检查每个生活圈：各年龄群体的服务配置与可达、等级、指标</translation>
    </message>
    <message>
        <location filename="../ui/evaluation/before_after_dialog.cpp" line="+91"/>
        <location filename="../ui/evaluation/evaluation_dock.cpp" line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/evaluation/evaluation_dock.cpp" line="+1"/>
        <source>Count &amp;planned facilities (the circles as planned)</source>
        <translation>计入规划设施（按规划后的生活圈）(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose Conversions for These</source>
        <translation>为这些服务生成改造建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand the services that block the next grade to the Conversion Proposals panel as its targets</source>
        <translation>把妨碍升级的服务交给“改造建议”面板作为目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Circle</source>
        <translation>新建生活圈(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edi&amp;t…</source>
        <translation>编辑(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before / &amp;After…</source>
        <translation>现状与规划对比(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The circle as it is beside the circle as planned (planned facilities, accepted conversions)</source>
        <translation>生活圈现状与规划后（计入规划设施和已采纳的改造）并列对比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map &amp;colours:</source>
        <translation>地图着色(&amp;C)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Around the Selected &amp;Facility (15 min)</source>
        <translation>以所选设施为中心（15分钟）(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the Selected &amp;Compounds</source>
        <translation>由所选小区组成(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;Study Area</source>
        <translation>研究范围(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation>评价表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>全区</translation>
    </message>
    <message>
        <location filename="../ui/evaluation/before_after_dialog.cpp" line="+148"/>
        <location filename="../ui/evaluation/evaluation_dock.cpp" line="+1"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../ui/evaluation/evaluation_dock.cpp" line="+0"/>
        <source>Inside</source>
        <translation>圈内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../ui/evaluation/before_after_dialog.cpp" line="-203"/>
        <source>Everyone (adult pace)</source>
        <translation>全部居民（成人步速）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aged 60+ (older pace)</source>
        <translation>60岁以上（老年人步速）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aged 0–14 (child pace)</source>
        <translation>0–14岁（儿童步速）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Before / After</source>
        <translation>现状与规划对比</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Circle:</source>
        <translation>生活圈(&amp;C)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hart for:</source>
        <translation>图表人群(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Only services that change</source>
        <translation>只显示有变化的服务(&amp;O)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;PNG…</source>
        <translation>导出 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Evaluating the existing and the planned state… %1 %</source>
        <translation>正在评估现状与规划状态… %1 %</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Evaluating the existing and the planned state…</source>
        <translation>正在评估现状与规划状态…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The circle cannot be evaluated: %1</source>
        <translation>无法评估该生活圈：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing planned changes this circle: add planned facilities or accept conversion proposals.</source>
        <translation>规划内容未改变此生活圈：请添加规划设施或采纳改造建议。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n service(s) change with what is planned.</source>
        <translation>
            <numerusform>有 %n 类服务因规划而变化。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../ui/evaluation/evaluation_dock.cpp" line="+0"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/evaluation/evaluation_dock.cpp" line="+1"/>
        <source>60+</source>
        <translation>60岁以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/evaluation/evaluation_dock.cpp" line="+0"/>
        <source>0–14</source>
        <translation>0–14岁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 before</source>
        <translation>%1 现状</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 after</source>
        <translation>%1 规划后</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Share within walking target: %1</source>
        <translation>步行目标内覆盖比例：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Existing</source>
        <translation>现状</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>规划后</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+22"/>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Before / After</source>
        <translation>导出现状与规划对比</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/evaluation/evaluation_dock.cpp" line="+12"/>
        <source>Evaluating: walking from every home at three paces…</source>
        <translation>正在评价：按三种步速从每处住所步行…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press Evaluate. Without circles of its own, the project&apos;s whole study area is evaluated as one.</source>
        <translation>点击“评价”。项目没有自定义生活圈时，整个研究范围作为一个生活圈评价。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project has changed since: evaluate again.</source>
        <translation>项目已改动：请重新评价。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project defines no living circle: its whole study area is evaluated as one.</source>
        <translation>项目未定义生活圈：整个研究范围作为一个生活圈评价。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n circle(s) evaluated.</source>
        <translation>
            <numerusform>已评价 %n 个生活圈。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Next grade of %1</source>
        <translation>%1的下一等级</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Grade: %1</source>
        <translation>等级：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reach: %1</source>
        <translation>可达：%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No grade</source>
        <translation>未达等级</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Below %1</source>
        <translation>低于 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 or more (passes)</source>
        <translation>%1 及以上（达标）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no residents</source>
        <translation>无居民</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1, everyone within its target</source>
        <translation>%1：步行目标内的全部居民</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Residents: %1 (%2 aged 60+, %3 aged 0–14) in %n home(s)</source>
        <translation>
            <numerusform>居民：%1（60岁以上 %2，0–14岁 %3），共 %n 处住所</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Services: %1 of %2 present, %3 within reach of %4 of every age group</source>
        <translation>服务：%2 类中有 %1 类，%3 类可被各年龄群体的 %4 在目标时间内到达</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Walking target: %1</source>
        <translation>步行目标：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No walking target in the catalogue: 15 minutes assumed (*).</source>
        <translation>目录中无步行目标：按 15 分钟计（*）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no grade</source>
        <translation>未达等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reaches %1</source>
        <translation>达到%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 of %3 present, %4 needed</source>
        <translation>%1：%3 类中有 %2 类，需 %4 类</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (%1 of the official %2, scaled to this list)</source>
        <translation>（官方 %2 项中的 %1 项，按本清单折算）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Next grade needs at least %n more of: %1</source>
        <translation>
            <numerusform>升级至少还需以下服务中的 %n 类：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Programme indicators</source>
        <translation>工作指标</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Households estimated from residents at %1 per household.</source>
        <translation>户数按每户 %1 人由居民数估算。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n shop(s) with no brand tag counted as independent.</source>
        <translation>
            <numerusform>%n 家无品牌标签的商户按非连锁计。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Circle</source>
        <translation>生活圈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homes</source>
        <translation>住所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aged 60+</source>
        <translation>60岁以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aged 0–14</source>
        <translation>0–14岁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services present</source>
        <translation>已有服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services within reach</source>
        <translation>可达服务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Short of next (%1)</source>
        <translation>距升级（%1）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../ui/evaluation/before_after_dialog.cpp" line="-37"/>
        <location line="+22"/>
        <location filename="../ui/evaluation/evaluation_dock.cpp" line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/evaluation/evaluation_dock.cpp" line="+3"/>
        <source>Wrote the district table to %1.</source>
        <translation>已将全区表写入 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export District Table</source>
        <translation>导出全区表</translation>
    </message>
    <message>
        <location filename="../ui/evaluation/before_after_dialog.cpp" line="+9"/>
        <location filename="../ui/evaluation/evaluation_dock.cpp" line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/evaluation/evaluation_dock.cpp" line="+24"/>
        <location line="+142"/>
        <source>The circle cannot be kept: %1</source>
        <translation>无法保存该生活圈：%1</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Around facility %1</source>
        <translation>设施 %1 周边</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a facility first, usually the community service centre: its walk area becomes the circle.</source>
        <translation>请先选择一个设施（通常是社区综合服务中心）：其步行范围即为生活圈。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select one or more compounds with outlines first.</source>
        <translation>请先选择一个或多个有边界的小区。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compounds</source>
        <translation>小区</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The project has no study area.</source>
        <translation>项目没有研究范围。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Study area</source>
        <translation>研究范围</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit Circle</source>
        <translation>编辑生活圈</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Walking time:</source>
        <translation>步行时间(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wal&amp;kers:</source>
        <translation>步行人群(&amp;K)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surveyed</source>
        <translation>已调查</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Satisfaction:</source>
        <translation>满意度(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted</source>
        <translation>已统计</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Households:</source>
        <translation>户数(&amp;H)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>Yike::Exchange</name>
    <message>
        <location filename="../ui/exchange/exchange_actions.cpp" line="+47"/>
        <location filename="../ui/exchange/import_layer_dialog.cpp" line="+232"/>
        <location filename="../ui/exchange/population_import_dialog.cpp" line="+134"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Table or GeoJSON…</source>
        <translation>表格或 GeoJSON(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add facilities, idle spaces or compounds from a CSV table or a GeoJSON file</source>
        <translation>从 CSV 表格或 GeoJSON 文件添加服务设施、闲置空间或小区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Population Grid…</source>
        <translation>人口格网(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count residents from a population raster (WorldPop, GHS-POP) where buildings are not mapped</source>
        <translation>在未标绘建筑的地区，用人口栅格（WorldPop、GHS-POP）计算居民数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Layer…</source>
        <translation>导出图层(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write one layer as GeoJSON or as a CSV table for Excel</source>
        <translation>将一个图层导出为 GeoJSON 或供 Excel 使用的 CSV 表格</translation>
    </message>
    <message>
        <location filename="../ui/exchange/exchange_texts.cpp" line="+13"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geometry (WKT)</source>
        <translation>几何（WKT）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/exchange/import_layer_dialog.cpp" line="+197"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Floor area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storey</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>产权方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated cost (yuan)</source>
        <translation>估算改造费用（元）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lift</source>
        <translation>有电梯</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed for</source>
        <translation>拟改建为</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residents 60+</source>
        <translation>60岁以上居民</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children 0–14</source>
        <translation>0–14岁儿童</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fenced</source>
        <translation>封闭</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Facilities</source>
        <translation>服务设施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle spaces</source>
        <translation>闲置空间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compounds</source>
        <translation>小区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compound gates</source>
        <translation>小区出入口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streets and paths</source>
        <translation>道路与步道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buildings</source>
        <translation>建筑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Water areas</source>
        <translation>水域</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>WGS-84 (GPS, OpenStreetMap)</source>
        <translation>WGS-84（GPS、OpenStreetMap）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GCJ-02 (Amap, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature %1</source>
        <translation>第 %1 个要素</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the row has %1 fields, not as many as the header (is there a delimiter inside an unquoted value?)</source>
        <translation>该行有 %1 个字段，与表头字段数不符（是否有未加引号的值中含有分隔符？）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the coordinate in column “%1” is empty</source>
        <translation>“%1”列的坐标为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” in column “%2” is not a number</source>
        <translation>“%2”列中的“%1”不是数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the coordinates %1 are out of range</source>
        <translation>坐标 %1 超出范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the coordinates %1 are out of range; longitude and latitude look swapped</source>
        <translation>坐标 %1 超出范围，经度和纬度似乎填反了</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has no geometry</source>
        <translation>没有几何图形</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a %1 cannot become a feature of this layer</source>
        <translation>%1 不能作为该图层的要素</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its geometry has %1 parts; a feature has one</source>
        <translation>其几何图形有 %1 个部分，而一个要素只能有一个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its geometry is malformed at %1</source>
        <translation>其几何图形在 %1 处格式有误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the geometry in column “%1” is malformed</source>
        <translation>“%1”列中的几何图形格式有误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a polygon ring has fewer than three corners</source>
        <translation>多边形的环少于三个顶点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a GeoJSON feature (at %1)</source>
        <translation>不是 GeoJSON 要素（位于 %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the category in column “%1” is empty</source>
        <translation>“%1”列的类别为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the catalogue has no category “%1”</source>
        <translation>设施目录中没有类别“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a kind of idle space</source>
        <translation>“%1”不是闲置空间的类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” in column “%2” cannot be read</source>
        <translation>无法读取“%2”列中的“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file “%1” cannot be read.</source>
        <translation>无法读取文件“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” cannot be written. Check that the folder exists and that you may write to it.</source>
        <translation>无法写入“%1”。请检查文件夹是否存在，以及您是否有写入权限。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is not valid %1 text (line %2, byte %3). Choose another encoding.</source>
        <translation>该文件不是有效的 %1 文本（第 %2 行，第 %3 字节）。请选择其他编码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quoted value that starts on line %1 never ends (a closing quotation mark is missing).</source>
        <translation>从第 %1 行开始的带引号的值没有结束（缺少右引号）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not valid JSON: line %1, column %2.</source>
        <translation>该文件不是有效的 JSON：第 %1 行，第 %2 列。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is JSON, but not GeoJSON (at “%1”).</source>
        <translation>该文件是 JSON，但不是 GeoJSON（位于“%1”）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file uses the coordinate system “%1”. Only longitude and latitude (WGS-84) can be imported; reproject it first.</source>
        <translation>该文件使用坐标系“%1”。只能导入经纬度（WGS-84）坐标，请先进行投影转换。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file has no column “%1”.</source>
        <translation>文件中没有“%1”列。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the column that holds each facility’s category.</source>
        <translation>请选择存放设施类别的列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compounds need polygon outlines: choose a WKT column, or import a GeoJSON file.</source>
        <translation>小区需要多边形边界：请选择 WKT 列，或导入 GeoJSON 文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the longitude and latitude columns (or a WKT column).</source>
        <translation>请选择经度列和纬度列（或 WKT 列）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Features cannot be imported into this layer.</source>
        <translation>无法将要素导入该图层。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is neither a CSV table nor a GeoJSON file.</source>
        <translation>“%1”既不是 CSV 表格，也不是 GeoJSON 文件。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/export_layer_dialog.cpp" line="+115"/>
        <location line="+66"/>
        <source>Export Layer</source>
        <translation>导出图层</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>&amp;Layer:</source>
        <translation>图层(&amp;L)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoJSON (GIS programs, web maps)</source>
        <translation>GeoJSON（GIS 软件、网页地图）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (Excel, WPS)</source>
        <translation>CSV 表格（Excel、WPS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/exchange/import_layer_dialog.cpp" line="-220"/>
        <location filename="../ui/exchange/population_import_dialog.cpp" line="-15"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/exchange/import_layer_dialog.cpp" line="+3"/>
        <location filename="../ui/exchange/population_import_dialog.cpp" line="-29"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/exchange/import_layer_dialog.cpp" line="+21"/>
        <location filename="../ui/exchange/population_import_dialog.cpp" line="+131"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/exchange/import_layer_dialog.cpp" line="-25"/>
        <location line="+43"/>
        <source>Import Table or GeoJSON</source>
        <translation>导入表格或 GeoJSON</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>A CSV table (.csv, .tsv, .txt) or a GeoJSON file (.geojson, .json)</source>
        <translation>CSV 表格（.csv、.tsv、.txt）或 GeoJSON 文件（.geojson、.json）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;as:</source>
        <translation>导入为(&amp;A)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Coordinates:</source>
        <translation>坐标系(&amp;C)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Positions copied from Amap or Tencent maps are GCJ-02, from Baidu maps BD-09; they are converted to WGS-84.</source>
        <translation>从高德或腾讯地图获取的坐标为 GCJ-02，从百度地图获取的为 BD-09；导入时会转换为 WGS-84。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+133"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Keep the other columns as attributes</source>
        <translation>将其他列保留为属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy Report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tables and GeoJSON (*.csv *.tsv *.txt *.geojson *.json);;All files (*)</source>
        <translation>表格和 GeoJSON (*.csv *.tsv *.txt *.geojson *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Automatic (detected: %1)</source>
        <translation>自动（检测为：%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Of the first %1 rows, %2 can be imported and %3 will be skipped.</source>
        <translation>前 %1 行中，%2 行可以导入，%3 行将被跳过。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longitude (WGS-84)</source>
        <translation>经度（WGS-84）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latitude (WGS-84)</source>
        <translation>纬度（WGS-84）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>OK</source>
        <translation>可导入</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encoding %1 (detected), %2-separated.</source>
        <translation>编码 %1（自动检测），%2分隔。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding %1, %2-separated.</source>
        <translation>编码 %1，%2分隔。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GeoJSON, encoding %1.</source>
        <translation>GeoJSON，编码 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the first %1 rows are read for the preview; Import reads them all.</source>
        <translation>预览只读取前 %1 行；导入时会读取全部行。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nothing was imported: none of the %1 rows could be used. The reasons:</source>
        <translation>未导入任何要素：%1 行均无法使用。原因如下：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1 of %2 rows as %3 (Edit → Undo takes them out again). %4 rows were skipped:</source>
        <translation>已将 %2 行中的 %1 行导入为%3（可用“编辑 → 撤销”再次移除）。以下 %4 行被跳过：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/exchange/osm_import.cpp" line="+34"/>
        <source>Read as %1.</source>
        <translation>读取格式：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streets: %1 (%2 walkable)</source>
        <translation>街道：%1 条（可步行 %2 条）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buildings: %1</source>
        <translation>建筑：%1 栋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residential compounds: %1, with %2 gates</source>
        <translation>居住小区：%1 个，出入口 %2 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilities: %1 (%2 other points of interest match no category)</source>
        <translation>设施：%1 处（另有 %2 个兴趣点不属于任何类别）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Green areas: %1; water areas: %2</source>
        <translation>绿地：%1 处；水域：%2 处</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file was not sorted (nodes, ways, relations, each by id); it was read into memory and sorted (%1 MiB).</source>
        <translation>文件未按常规顺序排列（节点、路径、关系，各按编号），已读入内存排序后导入（%1 MiB）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Objects marked as deleted in an editor, left out: %1</source>
        <translation>在编辑器中标记为删除的对象（未导入）：%1 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objects given more than once (the newest version of each was used): %1</source>
        <translation>重复出现的对象（均取最新版本）：%1 个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ways that refer to points missing from the file (the edge of an extract), split at the gaps: %1</source>
        <translation>引用了文件中缺失点的路径（位于数据范围边缘，已在缺口处断开）：%1 条</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Areas that could not be assembled, left out: %1</source>
        <translation>无法拼合的面（未导入）：%1 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gates on no residential compound, not imported: %1</source>
        <translation>不在任何居住小区边界上的出入口（未导入）：%1 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overpass elements that are not map objects, skipped: %1</source>
        <translation>不属于地图对象的 Overpass 元素（已跳过）：%1 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Overpass server noted: %1 (the data may be incomplete).</source>
        <translation>Overpass 服务器提示：%1（数据可能不完整）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenStreetMap records no residents: populations are estimated until you enter survey figures.</source>
        <translation>OpenStreetMap 不记录居民人数：在录入调查数据之前，人口为估算值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map data © OpenStreetMap contributors (ODbL).</source>
        <translation>地图数据 © OpenStreetMap 贡献者（ODbL）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../ui/exchange/population_import_dialog.cpp" line="-178"/>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is empty.</source>
        <translation>“%1”是空文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is an OpenStreetMap change file: it lists edits to apply to a map, not a map. Import the map itself (.osm, .osm.pbf, .o5m or Overpass JSON).</source>
        <translation>“%1”是 OpenStreetMap 变更文件：它记录的是对地图的修改，而不是地图本身。请导入地图文件（.osm、.osm.pbf、.o5m 或 Overpass JSON）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is GeoJSON, not OpenStreetMap data. Add it to a project with File → Import → Table or GeoJSON.</source>
        <translation>“%1”是 GeoJSON 文件，不是 OpenStreetMap 数据。请通过“文件 → 导入 → 表格或 GeoJSON”将其添加到项目中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not OpenStreetMap data. Yike reads .osm, .osm.pbf, .o5m, .opl and Overpass JSON files, also compressed with gzip or bzip2.</source>
        <translation>“%1”不是 OpenStreetMap 数据。一刻可读取 .osm、.osm.pbf、.o5m、.opl 和 Overpass JSON 文件，也可读取 gzip 或 bzip2 压缩的这些文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not OpenStreetMap data; it starts with “%2”. Yike reads .osm, .osm.pbf, .o5m, .opl and Overpass JSON files, also compressed with gzip or bzip2.</source>
        <translation>“%1”不是 OpenStreetMap 数据，其开头为“%2”。一刻可读取 .osm、.osm.pbf、.o5m、.opl 和 Overpass JSON 文件，也可读取 gzip 或 bzip2 压缩的这些文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” holds no OpenStreetMap objects: the exported area may be empty.</source>
        <translation>“%1”中没有 OpenStreetMap 对象：导出的范围可能是空的。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most ways in “%1” (%2) refer to points that are not in the file, so no district can be built from it. Export the area again with its points; from Overpass, end the query with “out body; &gt;; out skel qt;” or use “out geom;”.</source>
        <translation>“%1”中的大部分路径（%2）引用了文件中没有的点，无法据此建立街区。请连同这些点重新导出该范围；如使用 Overpass，请在查询末尾加上“out body; &gt;; out skel qt;”或改用“out geom;”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” holds an error from the Overpass server instead of data: %2</source>
        <translation>“%1”中是 Overpass 服务器返回的错误，而不是数据：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/exchange/population_import_dialog.cpp" line="+14"/>
        <location line="+205"/>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>This build of Yike cannot read rasters (it was built without GDAL), so “%1” cannot be imported.</source>
        <translation>此版本的一刻无法读取栅格数据（构建时未包含 GDAL），因此无法导入“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” could not be read as OpenStreetMap data; it may be damaged or cut short. (%2)</source>
        <translation>无法将“%1”读取为 OpenStreetMap 数据，文件可能已损坏或不完整。（%2）</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>“%1” could not be imported: %2</source>
        <translation>无法导入“%1”：%2</translation>
    </message>
    <message>
        <location filename="../ui/exchange/population_import_dialog.cpp" line="-217"/>
        <source>“%1” is not a raster. A population grid is a GeoTIFF (or another raster format GDAL reads) with people per cell, such as WorldPop or GHS-POP.</source>
        <translation>“%1”不是栅格文件。人口格网是记录每个格子人数的 GeoTIFF（或 GDAL 可读取的其他栅格格式），例如 WorldPop 或 GHS-POP。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” does not say where on the earth its cells lie (no coordinate system or no georeference). Assign one, for example with gdal_translate -a_srs, and import it again.</source>
        <translation>“%1”没有说明其格子在地球上的位置（缺少坐标系或地理参照）。请先为其指定坐标系（例如使用 gdal_translate -a_srs），再重新导入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” does not cover this project&apos;s area (%2).</source>
        <translation>“%1”未覆盖本项目的范围（%2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” could not be read; it may be damaged or cut short. (%2)</source>
        <translation>无法读取“%1”，文件可能已损坏或不完整。（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The project has no study area and no compounds, buildings or streets yet, so nothing says which part of the grid to import. Draw the study area or import the district first.</source>
        <translation>项目中尚无研究范围，也没有小区、建筑或街道，因此无法确定应导入格网的哪一部分。请先绘制研究范围或导入街区。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” holds values up to %2, which are not shares between 0 and 1. Is it a grid of people?</source>
        <translation>“%1”中的数值最高达 %2，不是 0 到 1 之间的比例。它是否为人数格网？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No cell of “%1” with a value lies in the project&apos;s area.</source>
        <translation>“%1”中没有带数值的格子位于项目范围内。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Population Grid</source>
        <translation>导入人口格网</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A GeoTIFF of people per cell (WorldPop, GHS-POP, …)</source>
        <translation>记录每格人数的 GeoTIFF（WorldPop、GHS-POP 等）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>People per cell</source>
        <translation>每格人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of residents aged 60+ (0–1)</source>
        <translation>60 岁及以上居民比例（0–1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of residents aged 0–14 (0–1)</source>
        <translation>0–14 岁居民比例（0–1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. WorldPop, GHS-POP, 七普网格</source>
        <translation>例如 WorldPop、GHS-POP、七普网格</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the values count, e.g. people aged 20 and over</source>
        <translation>数值统计的对象，例如 20 岁及以上人口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cells hold:</source>
        <translation>格子内容(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+85"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Choose a Population Grid</source>
        <translation>选择人口格网</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rasters (*.tif *.tiff *.img *.asc *.nc *.vrt);;All files (*)</source>
        <translation>栅格文件 (*.tif *.tiff *.img *.asc *.nc *.vrt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · %2 × %3 cells of about %4 m²</source>
        <translation>%1 · %2 × %3 个格子，每格约 %4 平方米</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · values: %1</source>
        <translation> · 数值：%1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reading the cells over the project&apos;s area…</source>
        <translation>正在读取项目范围内的格子…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The grid could not be imported: %1</source>
        <translation>无法导入格网：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the study area</source>
        <translation>研究范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the extent of the project&apos;s compounds, buildings and streets (no study area is drawn)</source>
        <translation>项目中小区、建筑和街道的外包范围（未绘制研究范围）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept %1 cells centred in %2 (%3 without data, %4 centred outside).</source>
        <translation>保留中心位于%2内的 %1 个格子（%3 个无数据，%4 个中心在范围外）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shares replace the census share for the homes in these cells.</source>
        <translation>这些格子内的住所将以该比例替代人口普查比例。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People in these cells: %1.</source>
        <translation>这些格子内的人数：%1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On home buildings, by floor area: %1</source>
        <translation>按建筑面积分配到住宅楼：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the land of compounds without buildings: %1</source>
        <translation>分配到无建筑小区的用地：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved to the nearest home within %1 m: %2</source>
        <translation>移至 %1 米内最近的住所：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In %1 cells with no home within %2 m, walking from the cell&apos;s centre: %3</source>
        <translation>位于 %2 米内没有住所的 %1 个格子，从格子中心出发步行：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In compounds with survey figures, which are kept: %1</source>
        <translation>位于已有调查数据的小区内（保留调查数据）：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Residents in the project now: %1.</source>
        <translation>项目现有居民：%1 人。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It replaces the grid “%1” imported %2 (Undo brings it back).</source>
        <translation>它替换了 %2 导入的格网“%1”（撤销可恢复）。</translation>
    </message>
</context>
<context>
    <name>Yike::Layers</name>
    <message>
        <location filename="../ui/layers/layer_tree_model.cpp" line="+140"/>
        <source>%1 (%2), facilities: %3</source>
        <translation>%1（%2），设施数：%3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1, opacity %2%</source>
        <translation>%1，不透明度 %2%</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../ui/layers/layers_panel.cpp" line="+142"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the layer up: drawn over the layer above it</source>
        <translation>上移图层：绘制在其上方图层之上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the layer down: drawn under the layer below it</source>
        <translation>下移图层：绘制在其下方图层之下</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opacity</source>
        <translation>不透明度(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opacity of the current layer</source>
        <translation>当前图层的不透明度</translation>
    </message>
    <message>
        <location filename="../ui/layers/legend_widget.cpp" line="+59"/>
        <source>The map shows nothing yet.</source>
        <translation>地图上还没有内容。</translation>
    </message>
</context>
<context>
    <name>Yike::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="+75"/>
        <source>Yike projects (*.yike);;All files (*)</source>
        <translation>一刻项目 (*.yike);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The translation for %1 could not be loaded.</source>
        <translation>无法加载%1的翻译。</translation>
    </message>
    <message>
        <location line="+224"/>
        <location line="+212"/>
        <source>&amp;Walk Access</source>
        <translation>步行可达分析(&amp;W)</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+181"/>
        <source>Conversion &amp;Proposals</source>
        <translation>改造建议(&amp;P)</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+155"/>
        <source>&amp;Circle Evaluation</source>
        <translation>生活圈评价(&amp;C)</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Walk P&amp;robe</source>
        <translation>步行探测(&amp;R)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Lon %1°  Lat %2°</source>
        <translation>经度 %1°  纬度 %2°</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Print Guide Map from Here…</source>
        <translation>从此处打印导引图…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start an empty project</source>
        <translation>新建一个空项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a project file</source>
        <translation>打开项目文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Sa&amp;mple District</source>
        <translation>打开示例街区(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the built-in sample district (generated data)</source>
        <translation>打开内置示例街区（生成数据）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from Open&amp;StreetMap…</source>
        <translation>从 OpenStreetMap 新建(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a project from an OpenStreetMap file (.osm, .osm.pbf, .o5m, Overpass JSON)</source>
        <translation>用 OpenStreetMap 文件（.osm、.osm.pbf、.o5m、Overpass JSON）新建项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开的文件(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear Menu</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/mainwindow/prompter.cpp" line="+28"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print Guide Map…</source>
        <translation>打印导引图(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the project under a new name</source>
        <translation>以新文件名保存项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Yike</source>
        <translation>退出一刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zoom to Project</source>
        <translation>缩放至项目范围(&amp;Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Layers</source>
        <translation>图层(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Run Walk Analysis</source>
        <translation>运行步行分析(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk from every home to the nearest facilities again</source>
        <translation>重新计算每栋住宅到最近设施的步行时间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom to Se&amp;lection</source>
        <translation>缩放至所选(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to Stud&amp;y Area</source>
        <translation>缩放至研究范围(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Toolbar</source>
        <translation>工具栏(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map Tools</source>
        <translation>地图工具</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Map Tools Bar</source>
        <translation>地图工具栏(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool Options</source>
        <translation>工具选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool &amp;Options Bar</source>
        <translation>工具选项栏(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo History</source>
        <translation>操作历史</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo &amp;History</source>
        <translation>操作历史(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;opened project&gt;</source>
        <translation>&lt;打开的项目&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Yike</source>
        <translation>关于一刻(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This project was opened read-only. Use Save As to keep changes.</source>
        <translation>此项目以只读方式打开。如需保留修改，请使用“另存为”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Facilities %1 · Idle spaces %2 · Compounds %3 · Gates %4 · Streets %5</source>
        <translation>设施 %1 · 闲置空间 %2 · 小区 %3 · 出入口 %4 · 街道 %5</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>1 facility</source>
        <translation>1 处设施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 facilities</source>
        <translation>%1 处设施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 compound</source>
        <translation>1 个小区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 compounds</source>
        <translation>%1 个小区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 gate</source>
        <translation>1 个出入口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 gates</source>
        <translation>%1 个出入口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 idle space</source>
        <translation>1 处闲置空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 idle spaces</source>
        <translation>%1 处闲置空间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected: %1</source>
        <translation>已选：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yike did not close normally last time. Unsaved changes to “%1”, autosaved at %2, can be restored.

Restore them now?</source>
        <translation>一刻上次未正常关闭。“%1”中未保存的修改已于 %2 自动保存，可以恢复。

现在恢复吗？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore Unsaved Work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored unsaved work.</source>
        <translation>已恢复未保存的工作。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+24"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>OpenStreetMap files (*.osm *.pbf *.o5m *.opl *.json *.xml *.gz *.bz2)</source>
        <translation>OpenStreetMap 文件 (*.osm *.pbf *.o5m *.opl *.json *.xml *.gz *.bz2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <location line="+21"/>
        <source>New from OpenStreetMap</source>
        <translation>从 OpenStreetMap 新建</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Imported from OpenStreetMap</source>
        <translation>已从 OpenStreetMap 导入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OpenStreetMap Import Failed</source>
        <translation>OpenStreetMap 导入失败</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File Not Found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” no longer exists. It was removed from the list of recent files.</source>
        <translation>“%1”已不存在，已从最近打开的文件列表中移除。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A planning workstation for 15-minute living circles: walking catchments on the street network, service coverage for older residents and children, idle spaces that could host missing services, and maps for residents&apos; meetings.</source>
        <translation>一刻钟便民生活圈规划工作站：基于街道网络的步行可达范围、老年人与儿童的服务覆盖、可用于补齐缺失服务的闲置空间，以及供居民议事会使用的地图。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map data © OpenStreetMap contributors, available under the Open Database License (ODbL).</source>
        <translation>地图数据 © OpenStreetMap 贡献者，依据开放数据库许可协议（ODbL）提供。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The built-in sample district is generated data: its streets, compounds, facilities and population figures are fictional.</source>
        <translation>内置示例街区为生成数据：其中的街道、小区、设施和人口数据均为虚构。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Licensed under the GNU General Public License, version 3 or later. Built with Qt %1.</source>
        <translation>依据 GNU 通用公共许可证第 3 版或更高版本授权。基于 Qt %1 构建。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Yike</source>
        <translation>关于一刻</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/prompter.cpp" line="-4"/>
        <source>Unsaved Changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>是否保存对“%1”的修改？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>如果不保存，您的修改将会丢失。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do&amp;n&apos;t Save</source>
        <translation>不保存(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="-75"/>
        <location filename="../ui/mainwindow/prompter.cpp" line="+1"/>
        <location line="+17"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/prompter.cpp" line="-2"/>
        <source>Open a read-only view of the file?</source>
        <translation>以只读方式打开该文件吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Read-Only</source>
        <translation>只读打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask &amp;Later</source>
        <translation>以后再说(&amp;L)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <location line="+9"/>
        <location line="+8"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="-569"/>
        <location line="+307"/>
        <source>&amp;Attribute Table</source>
        <translation>属性表(&amp;A)</translation>
    </message>
    <message>
        <location line="-304"/>
        <location line="+305"/>
        <source>&amp;Properties</source>
        <translation>要素属性(&amp;P)</translation>
    </message>
    <message>
        <location line="-264"/>
        <location line="+249"/>
        <source>Layers Pa&amp;nel</source>
        <translation>图层面板(&amp;N)</translation>
    </message>
    <message>
        <location line="-246"/>
        <location line="+247"/>
        <source>L&amp;egend</source>
        <translation>图例(&amp;E)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Standards &amp;Catalogue…</source>
        <translation>标准目录(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the facility categories, their walking targets and their sources</source>
        <translation>编辑设施类别、步行目标及其来源</translation>
    </message>
</context>
<context>
    <name>Yike::MapView</name>
    <message>
        <location filename="../ui/mapview/map_view.cpp" line="+338"/>
        <source>This project has no map features yet.</source>
        <translation>此项目还没有地图要素。</translation>
    </message>
</context>
<context>
    <name>Yike::Print</name>
    <message>
        <location filename="../ui/print/guide_map_page.cpp" line="+49"/>
        <source>here</source>
        <translation>此处</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>15-Minute Living Circle Guide Map</source>
        <translation>一刻钟便民生活圈导引图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 15-Minute Living Circle Guide Map</source>
        <translation>%1一刻钟便民生活圈导引图</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Services within %1 minutes&apos; walk, at the pace of %2</source>
        <translation>步行 %1 分钟可达的便民服务（按%2步行速度计）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+501"/>
        <source>You are here</source>
        <translation>你在这里</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Walking times at the pace of %1: %2 km/h, along the streets and through the compound gates.</source>
        <translation>步行时间按%1步速 %2 公里/小时计算，沿实际街道并经小区出入口通行。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Within %1 minutes&apos; walk</source>
        <translation>步行 %1 分钟范围</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No services within the walk</source>
        <translation>步行范围内暂无服务设施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services and walking times from here</source>
        <translation>服务设施及步行时间（自你在这里起算）</translation>
    </message>
    <message numerus="yes">
        <location line="+82"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>N</source>
        <comment>north arrow</comment>
        <translation>北</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Made %1</source>
        <translation>制图日期 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data: the project&apos;s survey</source>
        <translation>数据来源：项目调查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map data: %1</source>
        <translation>地图数据：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  ·  </source>
        <translation>&#x3000;·&#x3000;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walking times computed along the street network</source>
        <translation>步行时间沿实际街道网络计算</translation>
    </message>
    <message>
        <location filename="../ui/print/page_layout.cpp" line="+208"/>
        <source>The page layout is not valid JSON: %1 at character %2.</source>
        <translation>页面布局不是有效的 JSON：第 %2 个字符处%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page layout is not a JSON object.</source>
        <translation>页面布局不是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The page layout names an unknown paper size &quot;%1&quot;.</source>
        <translation>页面布局使用了未知的纸张尺寸“%1”。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The page layout has no map frame.</source>
        <translation>页面布局缺少地图框。</translation>
    </message>
    <message>
        <location filename="../ui/print/page_output.cpp" line="+38"/>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the PDF could not be started</source>
        <translation>无法创建 PDF</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the SVG could not be started</source>
        <translation>无法创建 SVG</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 DPI makes an image too large to write</source>
        <translation>%1 DPI 下图像过大，无法写出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not enough memory for the image</source>
        <translation>内存不足，无法生成图像</translation>
    </message>
</context>
<context>
    <name>Yike::Printing</name>
    <message>
        <location filename="../ui/printing/guide_map_dialog.cpp" line="+57"/>
        <source>Edit Page Layout</source>
        <translation>编辑页面布局</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+99"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory</source>
        <translation>设施目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale bar</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North arrow</source>
        <translation>指北针</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and sources</source>
        <translation>日期与数据来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text box</source>
        <translation>文本框</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The centre facility is no longer in the project.</source>
        <translation>中心设施已不在项目中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre compound is no longer in the project or has no outline.</source>
        <translation>中心小区已不在项目中，或没有边界。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No street is near enough to the centre to walk from it. Choose a centre next to the streets of the project.</source>
        <translation>中心附近没有可步行出发的街道。请选择位于项目街道旁的中心。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project has no such walk profile.</source>
        <translation>项目中没有该步行人群设置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the walk areas as minutes above zero, such as 5, 10, 15.</source>
        <translation>请以大于零的分钟数填写步行范围，例如 5, 10, 15。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print Guide Map</source>
        <translation>打印导引图</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Layouts in the project</source>
        <translation>项目中的页面布局</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page layouts kept in the project file, for every guide map of the district to look alike.</source>
        <translation>保存在项目文件中的页面布局，使辖区内各导引图样式一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ve…</source>
        <translation>保存(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this page layout in the project under a name</source>
        <translation>以一个名称把当前页面布局保存到项目中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the map says &quot;You are here&quot;: usually the community service centre.</source>
        <translation>地图上“你在这里”所在位置，通常是社区综合服务站（中心）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Centre:</source>
        <translation>中心(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>longitude, latitude</source>
        <translation>经度, 纬度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Po&amp;int:</source>
        <translation>坐标点(&amp;I)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A map posted for everyone must hold for the slowest walkers it serves.</source>
        <translation>面向全体居民张贴的地图，应对步行最慢的人群同样成立。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Walkers:</source>
        <translation>步行人群(&amp;W)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk &amp;areas (minutes):</source>
        <translation>步行范围（分钟）(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List planned facilities too</source>
        <translation>同时列出规划设施</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pap&amp;er:</source>
        <translation>纸张(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orientation:</source>
        <translation>方向(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public sign</source>
        <translation>公共标识</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grayscale</source>
        <translation>灰度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Style:</source>
        <translation>样式(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default font</source>
        <translation>默认字体</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Font:</source>
        <translation>字体(&amp;F)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ubtitle:</source>
        <translation>副标题(&amp;U)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A web address to print as a QR code; empty: none.</source>
        <translation>以二维码印出的网址；留空则不印。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QR code:</source>
        <translation>二维码(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Services shown</source>
        <translation>显示的服务类别</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Selected frame</source>
        <translation>选中的版面元素</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+496"/>
        <source>Click a frame on the page to move or resize it.</source>
        <translation>在页面上点击版面元素即可移动或调整大小。</translation>
    </message>
    <message>
        <location line="-493"/>
        <source>S&amp;hown</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add Te&amp;xt Box</source>
        <translation>添加文本框(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Layout</source>
        <translation>恢复默认布局(&amp;R)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;DF…</source>
        <translation>导出 P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;NG…</source>
        <translation>导出 P&amp;NG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export SV&amp;G…</source>
        <translation>导出 SV&amp;G…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution of a PNG image</source>
        <translation>PNG 图像的分辨率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Opening hours, telephone…</source>
        <translation>开放时间、联系电话……</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guide map %1</source>
        <translation>导引图 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Page Layout</source>
        <translation>保存页面布局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the layout:</source>
        <translation>布局名称：</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compound %1</source>
        <translation>小区 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (compound)</source>
        <translation>%1（小区）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A point…</source>
        <translation>指定坐标点…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Computing the walk areas…</source>
        <translation>正在计算步行范围…</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+5"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(this page)</source>
        <translation>（当前页面）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A page layout needs a name.</source>
        <translation>页面布局需要一个名称。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project already has a layout of another kind named &quot;%1&quot;.</source>
        <translation>项目中已有名为“%1”的其他类型布局。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; cannot be kept as a layout name.</source>
        <translation>“%1”不能用作布局名称。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept the page layout &quot;%1&quot; in the project; save the project to keep it in the file.</source>
        <translation>已将页面布局“%1”保存到项目中；保存项目后才会写入文件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The layout &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取布局“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n service(s) listed.</source>
        <translation>
            <numerusform>列出 %n 处服务设施。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n marker(s) found no room on the map and are only listed.</source>
        <translation>
            <numerusform>%n 个标记在地图上没有空位，仅在目录中列出。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The directory frame is too small for all of them.</source>
        <translation>目录框太小，容纳不下全部设施。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1: %2 × %3 mm at %4, %5 mm. Drag to move, drag the corner to resize, arrow keys to nudge.</source>
        <translation>%1：%2 × %3 毫米，位于 %4, %5 毫米。拖动可移动，拖动右下角可调整大小，方向键可微调。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export Guide Map</source>
        <translation>导出导引图</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a file ending in .pdf, .png or .svg.</source>
        <translation>请选择以 .pdf、.png 或 .svg 结尾的文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sent to %1.</source>
        <translation>已发送到 %1。</translation>
    </message>
</context>
<context>
    <name>Yike::Proposals</name>
    <message>
        <location filename="../ui/proposals/proposal_controller.cpp" line="+50"/>
        <source>The project has no streets to walk on: import the district from OpenStreetMap or draw its streets.</source>
        <translation>项目中没有可步行的街道：请从 OpenStreetMap 导入街区，或绘制街道。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No residents are known, so no one can be newly served: enter the compounds&apos; survey figures, import a population grid, or map compounds and buildings.</source>
        <translation>项目中没有已知的居民，无法计算新增服务人数：请填写小区的调查人口、导入人口格网，或绘制小区和建筑。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project has no idle spaces: draw them on the map or import them (File → Import → Table or GeoJSON…).</source>
        <translation>项目中没有闲置空间：请在地图上绘制，或导入（文件 → 导入 → 表格或 GeoJSON…）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A limit of zero converts nothing: give a budget or a number of spaces above zero, or no limit.</source>
        <translation>限额为零则无法改造：请给出大于零的预算或空间数，或不设限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every resident already reaches every chosen service within its target: nothing is missing.</source>
        <translation>所有居民都已在目标时间内到达所选的每类服务：没有缺项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A chosen walk profile is not in the project: choose the walkers again.</source>
        <translation>所选的步行人群不在项目中：请重新选择步行人群。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proving the best needs the CBC solver, which this build lacks: install coinor-libcbc-dev and build again.</source>
        <translation>求证最优需要 CBC 求解器，本版本未包含：请安装 coinor-libcbc-dev 后重新构建。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The proposal failed: %1</source>
        <translation>改造建议计算失败：%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>An idle space of the proposal has been deleted since the run: run the proposal again.</source>
        <translation>建议中的某个闲置空间在计算后已被删除：请重新计算。</translation>
    </message>
    <message>
        <location filename="../ui/proposals/proposal_dock.cpp" line="+714"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="-653"/>
        <source>Services to Fill</source>
        <translation>待补齐的服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Every service with residents beyond its target</source>
        <translation>所有有居民超出目标时间的服务(&amp;E)</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>Measuring walks and weighing the spaces…</source>
        <translation>正在计算步行可达并评估各空间…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Conversion Proposals</source>
        <translation>改造建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Budget:</source>
        <translation>预算(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> 万元</source>
        <translation> 万元</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The most the conversions may cost together, in units of ¥10,000 (the spaces&apos; estimated costs); 0: no limit</source>
        <translation>改造总造价上限，单位万元（按各空间的估算造价）；0 表示不限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Spaces at most:</source>
        <translation>空间数上限(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ser&amp;vices to fill:</source>
        <translation>待补服务(&amp;V)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weights:</source>
        <translation>权重(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aged 60+ ×</source>
        <translation>60 岁以上 ×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aged 0–14 ×</source>
        <translation>0–14 岁 ×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much a resident aged 60+ counts, others counting 1 (一老一小 first: 2)</source>
        <translation>一位 60 岁以上居民计为几人，其他居民计为 1（一老一小优先：2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much a resident aged 0–14 counts, others counting 1 (一老一小 first: 2)</source>
        <translation>一位 0–14 岁居民计为几人，其他居民计为 1（一老一小优先：2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wal&amp;kers:</source>
        <translation>步行人群(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count &amp;planned facilities as present</source>
        <translation>将规划设施计为已有(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;ve the best (exact solver), time limit:</source>
        <translation>求证最优（精确求解器），时限(&amp;V)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After the fast proposal, search for the best possible one with CBC and report the remaining gap</source>
        <translation>在快速建议之后，用 CBC 搜索可能的最优方案，并报告剩余差距</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>计算(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conversion</source>
        <translation>改造</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newly served</source>
        <translation>新增覆盖</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <source>Aged 60+</source>
        <translation>60 岁以上</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>Aged 0–14</source>
        <translation>0–14 岁</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cost</source>
        <translation>造价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accept Selected</source>
        <translation>接受所选(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected conversions as planned facilities at their spaces (one undo step)</source>
        <translation>将所选改造作为规划设施添加到对应空间（一步撤销）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept A&amp;ll</source>
        <translation>全部接受(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject</source>
        <translation>否决(&amp;J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this conversion out and run again</source>
        <translation>排除这项改造并重新计算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV for Excel…</source>
        <translation>CSV（Excel）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report (PDF)…</source>
        <translation>报告（PDF）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An A4 report for the client: the study area, the method, coverage before and after, the proposal and a sheet with a map for each space</source>
        <translation>交给委托方的 A4 报告：研究范围、方法、改造前后的覆盖、改造建议，以及每处空间一页附地图的说明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversions</source>
        <translation>改造项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before / After</source>
        <translation>改造前后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spaces Not Used</source>
        <translation>未用空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst Served</source>
        <translation>服务最差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All residents</source>
        <translation>全部居民</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle space</source>
        <translation>闲置空间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it hosts nothing</source>
        <translation>未用原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within target after</source>
        <translation>改造后达标比例</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every service with residents beyond target</source>
        <translation>所有有居民超出目标时间的服务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 services</source>
        <translation>%1 类服务</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Each at their own pace (adults, older people, children)</source>
        <translation>各按自己的步速（成人、老年人、儿童）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone as: %1</source>
        <translation>所有人按：%1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Which idle spaces should become which missing services? Set the budget and the limits, then Run. Residents are counted within each service&apos;s walking target.</source>
        <translation>哪些闲置空间应改造为哪些缺项服务？设定预算和限额后点击“计算”。按每类服务的步行目标时间统计居民。</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+32"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 (assumed)</source>
        <translation>%1（假定）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 → %2 of %3 residents</source>
        <translation>%3 位居民中 %1 → %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Locked in as %1, but it cannot host it</source>
        <translation>已锁定为%1，但无法容纳</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>compound %1</source>
        <translation>小区 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No conversion brings anyone new within target under these limits (see Spaces Not Used).</source>
        <translation>在这些限额下，没有任何改造能使新的居民达标（见“未用空间”）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 conversion, %1. Newly within target: %2 residents, %3 aged 60+, %4 aged 0–14.</source>
        <translation>1 项改造，%1。新增达标：%2 人，其中 60 岁以上 %3 人、0–14 岁 %4 人。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 conversions in %2 spaces, %3 in all. Newly within target, counted per service: %4 residents, %5 aged 60+, %6 aged 0–14.</source>
        <translation>%2 个空间共 %1 项改造，合计 %3。按服务分别计的新增达标：%4 人次，其中 60 岁以上 %5、0–14 岁 %6。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>each at their own pace</source>
        <translation>各按自己的步速</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights: aged 60+ ×%1, aged 0–14 ×%2, others ×%3; walkers: %4; budget %5; planned facilities %6.</source>
        <translation>权重：60 岁以上 ×%1，0–14 岁 ×%2，其他 ×%3；步行人群：%4；预算 %5；规划设施%6。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>计入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not count</source>
        <translation>不计入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast heuristic: %1.</source>
        <translation>快速启发式：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 proved this proposal the best possible (%2).</source>
        <translation>%1 已证明此建议为最优（%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stopped at its time limit (%2): this proposal is within %3 % of the best possible.</source>
        <translation>%1 在时限内停止（%2）：此建议与最优的差距不超过 %3%。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The heuristic alone was %1 % short.</source>
        <translation>仅用启发式时差 %1%。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 conversions accepted as planned facilities (Edit → Undo takes them back). Walk Access with &quot;Count planned facilities&quot; shows the result.</source>
        <translation>%2 项改造中已接受 %1 项为规划设施（编辑 → 撤销可取回）。在步行可达面板勾选“计入规划设施”可查看效果。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project has changed since this run: Run again for a current proposal.</source>
        <translation>计算后项目已有改动：请重新计算以获得最新建议。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rejected conversions left out (Run starts afresh).</source>
        <translation>已排除 %1 项被否决的改造（“计算”将重新开始）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uses %1 of %2.</source>
        <translation>使用 %2 中的 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit it in Tools → Standards Catalogue.</source>
        <translation>可在 工具 → 标准目录 中编辑。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelled: no report written.</source>
        <translation>已取消：未生成报告。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report failed: %1</source>
        <translation>报告生成失败：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export Proposal Report</source>
        <translation>导出改造建议报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF（*.pdf）</translation>
    </message>
    <message>
        <location line="-104"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on storey %2%3</source>
        <translation>%1，第 %2 层%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, with a lift</source>
        <translation>，有电梯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The space: %1; no siting rule applies.</source>
        <translation>空间：%1；无适用的选址规则。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The space: %1; it suits the service: %2.</source>
        <translation>空间：%1；符合该服务的选址要求：%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted gain %1 (after the lines above it).</source>
        <translation>加权增益 %1（在以上各项之后）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked in.</source>
        <translation>已锁定。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+44"/>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Export Proposal as JSON</source>
        <translation>导出改造建议为 JSON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Proposal as CSV</source>
        <translation>导出改造建议为 CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV（Excel）(*.csv)</translation>
    </message>
</context>
<context>
    <name>Yike::Render</name>
    <message>
        <location filename="../ui/render/category_icons.cpp" line="+20"/>
        <source>Cannot read the category icon table %1: %2</source>
        <translation>无法读取类别图标表 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, line %2: expected a category code and an icon file separated by a tab.</source>
        <translation>%1 第 %2 行：应为以制表符分隔的类别代码和图标文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, line %2: the icon file %3 does not exist.</source>
        <translation>%1 第 %2 行：图标文件 %3 不存在。</translation>
    </message>
    <message>
        <location filename="../ui/render/map_layers.cpp" line="+109"/>
        <source>Basemap tiles</source>
        <translation>底图瓦片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parks and green</source>
        <translation>公园绿地</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Water</source>
        <translation>水系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compounds</source>
        <translation>小区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buildings</source>
        <translation>建筑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysis results</source>
        <translation>分析结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Living circles</source>
        <translation>生活圈</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streets and paths</source>
        <translation>街道与步道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study area</source>
        <translation>研究范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk rings</source>
        <translation>步行圈</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle spaces</source>
        <translation>闲置空间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compound gates</source>
        <translation>小区出入口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names</source>
        <translation>名称注记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution</source>
        <translation>版权声明</translation>
    </message>
    <message>
        <location filename="../ui/render/access_layer.cpp" line="+47"/>
        <location line="+96"/>
        <source>Not reachable</source>
        <translation>不可达</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Reachable</source>
        <translation>可达</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than %1 min</source>
        <translation>超过 %1 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to %1 min</source>
        <translation>%1 分钟以内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2 min</source>
        <translation>%1–%2 分钟</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../ui/render/map_legend.cpp" line="+63"/>
        <location line="+15"/>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Blind spot: beyond the %1 min target</source>
        <translation>服务盲区：超出 %1 分钟目标</translation>
    </message>
    <message>
        <location filename="../ui/render/scale_bar.cpp" line="+31"/>
        <source>%1 km</source>
        <translation>%1 千米</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <location filename="../ui/render/walk_rings_layer.cpp" line="+27"/>
        <source>≤ %1 min</source>
        <translation>≤ %1 分钟</translation>
    </message>
</context>
<context>
    <name>Yike::Report</name>
    <message>
        <location filename="../ui/report/catalogue_terms.cpp" line="+14"/>
        <source>secondary</source>
        <translation>二手资料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unverified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local</source>
        <translation>地方标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>national</source>
        <translation>国家标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local/secondary</source>
        <translation>地方标准／二手资料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secondary/local</source>
        <translation>二手资料／地方标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secondary (OCR-garbled)</source>
        <translation>二手资料（OCR 识别有误）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local (via reprint)</source>
        <translation>地方标准（转载）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local draft (via reprint)</source>
        <translation>地方标准征求意见稿（转载）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secondary (Ministry of Health basic standard, via Q&amp;A site)</source>
        <translation>二手资料（原卫生部基本标准，经问答网站）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secondary (OCR of GB 50437 城镇老年人设施规划规范)</source>
        <translation>二手资料（GB 50437《城镇老年人设施规划规范》OCR 识别）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secondary (OCR-garbled GB 50437 table)</source>
        <translation>二手资料（GB 50437 表格，OCR 识别有误）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secondary (TD/T 1062 table A.1 via a code comment)</source>
        <translation>二手资料（TD/T 1062 表 A.1，经代码注释）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secondary (TD/T 1062 table A.3 via a code comment)</source>
        <translation>二手资料（TD/T 1062 表 A.3，经代码注释）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secondary (news of the national guideline)</source>
        <translation>二手资料（国家指南的新闻报道）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secondary (repository README listing the 完整社区 items)</source>
        <translation>二手资料（列出完整社区项目的代码库说明）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secondary (summary of a local draft)</source>
        <translation>二手资料（地方征求意见稿摘要）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secondary (中国大百科全书)</source>
        <translation>二手资料（中国大百科全书）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secondary, low (Q&amp;A page)</source>
        <translation>二手资料，可信度低（问答页面）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anhui</source>
        <translation>安徽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anhui draft</source>
        <translation>安徽（征求意见稿）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anhui; Guizhou; Yinchuan</source>
        <translation>安徽；贵州；银川</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beijing</source>
        <translation>北京</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hubei draft 完整社区</source>
        <translation>湖北完整社区（征求意见稿）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shanghai 2024 draft</source>
        <translation>上海（2024 年征求意见稿）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shanghai Pudong</source>
        <translation>上海浦东</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tianjin</source>
        <translation>天津</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuzhou</source>
        <translation>徐州</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>county towns, provincial licence rules vary</source>
        <translation>县城，各省许可规定不一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>national GB 50180</source>
        <translation>国家标准 GB 50180</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>national GB 50180 (via an evaluation set)</source>
        <translation>国家标准 GB 50180（经评测数据集）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>national rule quoted without issuer</source>
        <translation>引用的全国性规定，未注明发布机关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>national 完整居住社区</source>
        <translation>全国完整居住社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>speed: 4.0 ft/s normal walking speed (2003 MUTCD), S47/S49; stairs and crossing: assumed</source>
        <translation>步速：常规步行速度 4.0 英尺/秒（2003 年 MUTCD），S47/S49；台阶与过街等候：假定值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>speed: 15th percentile of pedestrians over 60 (TCRP-NCHRP 2005), S48; stairs and crossing: assumed</source>
        <translation>步速：60 岁以上行人的第 15 百分位（TCRP-NCHRP 2005），S48；台阶与过街等候：假定值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>speed: mean of pre-school children, 0.88 ± 0.2 m/s, S52; stairs and crossing: assumed</source>
        <translation>步速：学龄前儿童平均 0.88 ± 0.2 米/秒，S52；台阶与过街等候：假定值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anhui draft on inclusive childcare (facility_areas.json)</source>
        <translation>安徽普惠托育征求意见稿（facility_areas.json）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anhui: 老年助餐点应设置在一楼 (facility_areas.json)</source>
        <translation>安徽：老年助餐点应设置在一楼（facility_areas.json）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GB 50437 via facility_areas.json: ground floor preferred</source>
        <translation>GB 50437（经 facility_areas.json）：宜设在首层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as childcare_service</source>
        <translation>同托育服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assumption: deliveries and ventilation</source>
        <translation>假定：考虑送货与通风</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assumption: like primary schools</source>
        <translation>假定：同小学</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assumption: outdoor land, like parks</source>
        <translation>假定：室外用地，同公园</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assumption: patients with limited mobility</source>
        <translation>假定：患者行动不便</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assumption: residents with limited mobility</source>
        <translation>假定：入住者行动不便</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facility_areas.json: independent site; not a conversion candidate</source>
        <translation>facility_areas.json：需独立用地，不宜改造设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>facility_areas.json: outdoor land, not a building</source>
        <translation>facility_areas.json：室外用地，而非建筑</translation>
    </message>
    <message>
        <location filename="../ui/report/proposal_report.cpp" line="+95"/>
        <source>Idle Space Conversion Proposal</source>
        <translation>闲置空间改造建议报告</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MMMM d, yyyy</source>
        <extracomment>A date format of QLocale::toString, e.g. &quot;yyyy年M月d日&quot; in Chinese</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Everyone at the pace of: %1</source>
        <translation>所有人均按%1的步速</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each age group at its own pace</source>
        <translation>各年龄组按各自步速</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A fast heuristic (greedy choice with exchanges) found it in %1.</source>
        <translation>由快速启发式算法（贪心选择加交换改进）求得，用时 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The exact solver was not run; on test districts the heuristic came within 1 % of the proved best.</source>
        <translation>未运行精确求解器；在测试街区上，启发式结果与经证明的最优解相差不超过 1%。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 proved it the best possible (%2).</source>
        <translation>%1 已证明其为最优方案（%2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 stopped at its time limit (%2): the proposal is within %3 of the best possible.</source>
        <translation>%1 在时限内停止（%2）：本方案与最优方案相差不超过 %3。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every service with residents beyond its walking target (%1 services)</source>
        <translation>所有存在居民超出步行时间目标的服务设施（%1 类）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 chosen services (see section 2.4)</source>
        <translation>选定的 %1 类服务设施（见 2.4 节）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+496"/>
        <location line="+15"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-503"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Spaces at most</source>
        <translation>最多改造空间数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services to fill</source>
        <translation>待补齐的服务设施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a resident aged 60+ counts ×%1, aged 0–14 ×%2, others ×%3</source>
        <translation>老年人（60岁及以上）每人计 ×%1，儿童（0–14岁）×%2，其他居民 ×%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Walkers</source>
        <translation>步行人群</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+165"/>
        <source>Planned facilities</source>
        <translation>规划设施</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Counted as present</source>
        <translation>视为已建成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not counted: existing facilities only</source>
        <translation>不计入：仅计现状设施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle spaces</source>
        <translation>闲置空间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 in the project, %2 converted</source>
        <translation>项目中共 %1 处，改造 %2 处</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>15-minute convenient living circle</source>
        <translation>一刻钟便民生活圈</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Which idle spaces to convert into which missing services, so that the most residents, older people and children first, have them within walking distance</source>
        <translation>将哪些闲置空间改造为哪些缺失的便民服务，使尽可能多的居民——一老一小优先——步行即可到达</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Prepared by %1</source>
        <translation>编制单位：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>idle spaces converted</source>
        <translation>改造闲置空间（处）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>services added</source>
        <translation>新增服务设施（项）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimated cost</source>
        <translation>估算改造费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>residents newly within reach</source>
        <translation>新增步行可达（人次）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of the residents newly within reach, %1 are aged 60+ and %2 aged 0–14. A resident newly within reach of two services counts twice.</source>
        <translation>新增步行可达的居民中，老年人（60岁及以上）%1 人次，儿童（0–14岁）%2 人次。同一居民新增可达两项服务时计两次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map data: %1</source>
        <translation>地图数据：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1 Summary and study area</source>
        <translation>1 概况与研究范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under these limits no conversion brings anyone new within the walking target of a service (the spaces and why they host nothing are in appendix A).</source>
        <translation>在上述限制条件下，没有任何改造能让新的居民在步行时间目标内到达服务设施（各空间及其未被采用的原因见附录 A）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proposal converts %1 idle spaces into %2 services for an estimated %3. Counted per service, %4 residents come within the walking target of a service they lacked, %5 of them aged 60+ and %6 aged 0–14.</source>
        <translation>本方案改造 %1 处闲置空间，新增 %2 项服务设施，估算费用 %3。按服务分项累计，共有 %4 人次在步行时间目标内新增覆盖原本缺少的服务，其中老年人（60岁及以上）%5 人次，儿童（0–14岁）%6 人次。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Idle space to convert (its number)</source>
        <translation>建议改造的闲置空间（编号）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure 1. The study area. The idle spaces proposed for conversion are ringed and numbered as on their sheets; facilities are coloured by service group, planned ones hollow.</source>
        <translation>图 1  研究范围。圆圈标出建议改造的闲置空间，编号与各空间说明页一致；设施按服务类别着色，空心为规划设施。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The district</source>
        <translation>街区概况</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+42"/>
        <location line="+233"/>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>Compounds</source>
        <translation>小区</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+133"/>
        <location line="+109"/>
        <location line="+171"/>
        <source>Aged 60+</source>
        <translation>老年人（60岁及以上）</translation>
    </message>
    <message>
        <location line="-411"/>
        <source>Existing facilities</source>
        <translation>现状设施</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+131"/>
        <location line="+109"/>
        <location line="+171"/>
        <source>Aged 0–14</source>
        <translation>儿童（0–14岁）</translation>
    </message>
    <message>
        <location line="-402"/>
        <source>%1*</source>
        <extracomment>Marks a figure the catalogue does not give; see &quot;* Assumed: ...&quot;</extracomment>
        <translation>%1*</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>* Assumed: the catalogue gives no figure (the 15-minute circle for a walking target, a small shop unit for a minimum area).</source>
        <translation>* 假定值：标准目录未给出该数值（步行时间目标按一刻钟生活圈取 15 分钟，最小面积按一间小型商铺计）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>floor area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usable area</source>
        <translation>使用面积</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sales area</source>
        <translation>营业面积</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dining area</source>
        <translation>就餐面积</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site area</source>
        <translation>用地面积</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>2 Method</source>
        <translation>2 方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2.1 Who walks at which pace</source>
        <translation>2.1 步行人群与步速</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walks are measured over the street network of the project, from each home out through the gates of its compound to the nearest facility of each service. Each age group walks at the pace of its walk profile:</source>
        <translation>步行时间沿项目的街道网络计算：从每处住所出发，经所在小区的出入口，到达各类服务中最近的设施。各年龄组按各自的步行参数行走：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Walk profile</source>
        <translation>步行参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>步速</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On steps</source>
        <translation>台阶系数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossing wait</source>
        <translation>过街等候</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+463"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="-459"/>
        <source>Everyone</source>
        <translation>所有居民</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 m/s (%2 km/h)</source>
        <translation>%1 米/秒（%2 千米/时）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/report_text.cpp" line="+33"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>2.2 Residents</source>
        <translation>2.2 居民人数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2.3 Choosing the conversions</source>
        <translation>2.3 改造方案的选择</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A resident counts as served by a service when its nearest facility is within the service&apos;s walking target at the resident&apos;s pace. An idle space may host the services whose minimum area fits its floor area, one of each, where the siting rules allow (for example childcare only on storeys 1–2, elderly services on the ground floor or with a lift, schools and parks never in a room); its cost counts once, whatever it hosts.</source>
        <translation>居民按自身步速在某类服务的步行时间目标内能到达最近的设施，即视为该服务已覆盖。一处闲置空间可容纳最小面积不超过其建筑面积的服务，每类至多一处，并须符合选址规则（例如托育仅设在 1–2 层，养老服务设在首层或有电梯，学校和公园不设在室内房间）；无论容纳几项服务，其改造费用只计一次。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a budget of %1</source>
        <translation>预算 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most %1 spaces</source>
        <translation>最多改造 %1 处空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of all such choices the proposal brings the most residents within target, a resident aged 60+ counting ×%1, one aged 0–14 ×%2 and others ×%3, %4. %5</source>
        <translation>在所有可行方案中，本方案使在目标时间内新增覆盖的居民最多：老年人（60岁及以上）每人计 ×%1，儿童（0–14岁）×%2，其他居民 ×%3，%4。%5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>without a limit on cost or spaces</source>
        <translation>不限费用和空间数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within %1</source>
        <translation>限于%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The residents a conversion brings within target are counted per service, after the conversions ranked above it.</source>
        <translation>每项改造新增覆盖的居民按服务分项计，并扣除排序在前的改造已覆盖的部分。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2.4 Walking targets and minimum areas</source>
        <translation>2.4 步行时间目标与最小面积</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the project&apos;s standards catalogue; its sources are listed in appendix B.</source>
        <translation>取自项目的标准目录，来源见附录 B。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <location line="+108"/>
        <location line="+171"/>
        <location line="+8"/>
        <source>Service</source>
        <translation>服务设施</translation>
    </message>
    <message>
        <location line="-315"/>
        <location line="+317"/>
        <source>Walking target</source>
        <translation>步行时间目标</translation>
    </message>
    <message>
        <location line="-316"/>
        <location line="+315"/>
        <source>Minimum area</source>
        <translation>最小面积</translation>
    </message>
    <message>
        <location line="-314"/>
        <source>Measured as</source>
        <translation>面积口径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../ui/report/report_text.cpp" line="+144"/>
        <location line="+14"/>
        <source>not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+39"/>
        <location filename="../ui/report/report_figures.cpp" line="+280"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>3 Coverage before and after</source>
        <translation>3 改造前后的覆盖情况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residents within each service&apos;s walking target today and with the proposal, each age group at its own pace; below each count, its share of the group.</source>
        <translation>各类服务步行时间目标内的居民人数，现状与改造后对比，各年龄组按各自步速计算；人数下方为占该组居民的比例。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The proposal brings no service closer to anyone.</source>
        <translation>本方案未使任何居民更接近服务设施。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3.1 Services the proposal brings closer</source>
        <translation>3.1 本方案改善覆盖的服务</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+279"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>All residents</source>
        <translation>全体居民</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Figure 2. Share of each age group within the walking target, before the proposal (grey) and what it adds.</source>
        <translation>图 2  各年龄组在步行时间目标内的比例：改造前（灰色）及改造后的新增部分。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>3.2 Services the proposal leaves as they are</source>
        <translation>3.2 本方案未涉及的服务</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+119"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>4 The proposal</source>
        <translation>4 改造建议</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conversion brings anyone new within target under these limits.</source>
        <translation>在上述限制条件下，没有任何改造能新增覆盖居民。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conversions ranked by what each adds after those above it; a space&apos;s number is its number on the maps and its sheet. Newly served: residents the service brings within its walking target.</source>
        <translation>各项改造按其在排序靠前各项之外的新增效益排列；空间编号与地图及空间说明页一致。新增覆盖：该服务新带入步行时间目标内的居民人数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+173"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Space</source>
        <translation>空间编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+219"/>
        <source>Idle space</source>
        <translation>闲置空间</translation>
    </message>
    <message>
        <location line="-217"/>
        <location line="+172"/>
        <source>Area used</source>
        <translation>使用面积</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+219"/>
        <source>Cost</source>
        <translation>改造费用</translation>
    </message>
    <message>
        <location line="-218"/>
        <location line="+171"/>
        <source>Newly served</source>
        <translation>新增覆盖</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+181"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Compounds served worst afterwards</source>
        <translation>改造后覆盖最差的小区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of a compound&apos;s residents within target, over the services to fill, with the proposal.</source>
        <translation>实施本方案后，各小区居民在待补齐服务的步行时间目标内的比例。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within target after</source>
        <translation>改造后达标比例</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>compound %1</source>
        <translation>小区 %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Within %1 on foot: %2</source>
        <translation>步行 %1范围：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>everyone</source>
        <translation>所有居民</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: “%2” (%3)</source>
        <translation>%1：“%2”（%3）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confidence not stated</source>
        <translation>未注明可信度</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No siting rule applies</source>
        <translation>无适用的选址规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/report_text.cpp" line="-54"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Space %1: %2</source>
        <translation>空间 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>basement %1</source>
        <translation>地下 %1 层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storey %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with a lift</source>
        <translation>有电梯</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conversion cost %1</source>
        <translation>改造费用 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversion cost not recorded</source>
        <translation>未记录改造费用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>owner: %1</source>
        <translation>权属：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Homes newly within target</source>
        <translation>新增覆盖的住宅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The idle space</source>
        <translation>该闲置空间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure %1. Where residents walk to the space within the services&apos; targets, each age group at its own pace (streets reached, and 50 m beside them), and the homes it brings within target.</source>
        <translation>图 %1  各年龄组按各自步速在服务的步行时间目标内可步行到达该空间的范围（可达街道及两侧 50 米），以及新增覆盖的住宅。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Why the space suits it</source>
        <translation>空间适宜的理由</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Services it would host</source>
        <translation>拟设置的服务设施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basis of the figures</source>
        <translation>数值依据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appendix A: Idle spaces not converted</source>
        <translation>附录 A  未改造的闲置空间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it hosts nothing</source>
        <translation>未采用原因</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not chosen: the spaces proposed serve more within the limits</source>
        <translation>未入选：在限制条件下，入选空间的覆盖效益更高</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Locked in as %1, but it cannot host it</source>
        <translation>已锁定为%1，但无法容纳</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every idle space of the project is converted.</source>
        <translation>项目中的全部闲置空间均已纳入改造。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appendix B: Sources</source>
        <translation>附录 B  资料来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The standards catalogue cites its sources by number; the walking speeds give theirs in section 2.1. Where each figure was read:</source>
        <translation>标准目录以编号引用资料来源；步速的来源见 2.1 节。各数值的出处如下：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Where</source>
        <translation>出处</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum areas quote their source on the space sheets; siting rules name theirs where they apply.</source>
        <translation>最小面积的原文引述见各空间说明页；选址规则在适用处注明来源。</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+50"/>
        <location line="+21"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/report/report_figures.cpp" line="-44"/>
        <source>Before</source>
        <translation>改造前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added: all residents</source>
        <translation>新增：全体居民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added: aged 60+</source>
        <translation>新增：老年人（60岁及以上）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added: aged 0–14</source>
        <translation>新增：儿童（0–14岁）</translation>
    </message>
    <message>
        <location filename="../ui/report/report_text.cpp" line="-117"/>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>idle space %1</source>
        <translation>闲置空间 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vacant shop</source>
        <translation>空置商铺</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Former testing hut</source>
        <translation>闲置核酸采样亭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disused boiler room</source>
        <translation>废弃锅炉房</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stilted ground floor</source>
        <translation>架空层</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Underused community room</source>
        <translation>低效利用的社区用房</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other idle space</source>
        <translation>其他闲置空间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>other residents</source>
        <translation>其他居民</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aged 60+</source>
        <translation>老年人（60岁及以上）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aged 0–14</source>
        <translation>儿童（0–14岁）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>on storey %1</source>
        <translation>位于第 %1 层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on storeys %1–%2</source>
        <translation>位于第 %1–%2 层</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not below ground</source>
        <translation>不在地下</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on the ground floor or with a lift</source>
        <translation>位于首层或有电梯</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on a site of its own</source>
        <translation>需独立用地</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in a %1</source>
        <translation>位于%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No floor area recorded: enter it</source>
        <translation>未记录建筑面积：请填写</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No estimated cost while a budget is set: enter one</source>
        <translation>设定了预算但未记录估算造价：请填写</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs more than the whole budget</source>
        <translation>造价超过全部预算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No street near enough to walk to it</source>
        <translation>附近没有可步行到达的街道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too small for every missing service (the smallest needs %1)</source>
        <translation>面积小于所有缺项服务的要求（最小的需要 %1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Siting rules allow none of the services it is big enough for</source>
        <translation>面积够用的服务均不符合选址规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Siting rules allow none of the services it is big enough for (they need it %1)</source>
        <translation>面积够用的服务均不符合选址规则（要求%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything it could host is already within reach of its residents</source>
        <translation>它能容纳的服务，周边居民都已能在目标时间内到达</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>same space as above</source>
        <translation>与上一项同一空间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cost not recorded</source>
        <translation>未记录造价</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Convert %1 (%2, %3) into %4: +%5 residents within %6, %7 of them aged 60+ and %8 aged 0–14</source>
        <translation>将%1（%2，%3）改造为%4：%6内新增覆盖 %5 人，其中 60 岁以上 %7 人、0–14 岁 %8 人</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Minimum area %1 assumed: the catalogue gives none.</source>
        <translation>最小面积假定为 %1：目录中未给出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum area %1.</source>
        <translation>最小面积 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum area %1 (“%2”; %3, confidence: %4).</source>
        <translation>最小面积 %1（“%2”；%3，可信度：%4）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Walking target %1 assumed: the catalogue gives none.</source>
        <translation>步行目标假定为 %1：目录中未给出。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Walking target %1 (%2; confidence: %3).</source>
        <translation>步行目标 %1（%2；可信度：%3）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source not stated</source>
        <translation>未注明来源</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Residents: %1</source>
        <translation>居民：%1 人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>· %1: %2 (%3 compounds)</source>
        <translation>· %1：%2 人（%3 个小区）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>surveyed</source>
        <translation>调查数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>population grid</source>
        <translation>人口格网</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, %1</source>
        <translation>，%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the population grid (%1)</source>
        <translation>来自人口格网（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>estimated from floor area (%1 m² per person, 2020 census; %2 storeys where unknown)</source>
        <translation>按建筑面积估算（人均 %1 平方米，2020 年人口普查；层数不详时按 %2 层计）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>estimated from land × plot ratio %1 (assumed: the low end of the 2.0–2.6 that GB 50180-2018 table 4.0.2 gives for climate zone III with a 54 m height cap; the full table could not be read)</source>
        <translation>按用地面积 × 容积率 %1 估算（假定值：取 GB 50180-2018 表 4.0.2 中Ⅲ类气候区、限高 54 米对应的 2.0–2.6 的下限；未能查阅完整表格）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>estimated from land × plot ratio %1 (the project&apos;s setting)</source>
        <translation>按用地面积 × 容积率 %1 估算（项目设置）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of them %1 live outside compounds (%2 homes).</source>
        <translation>其中 %1 人居住在小区以外（%2 处住所）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the 2020 census shares (%1 % and %2 %)</source>
        <translation>2020 年人口普查比例（%1% 和 %2%）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aged 60+ and 0–14: surveyed counts, else the grids of shares, else %1.</source>
        <translation>60 岁及以上与 0–14 岁：优先采用调查数据，其次采用比例格网，否则采用%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aged 60+ and 0–14: surveyed counts, else %1.</source>
        <translation>60 岁及以上与 0–14 岁：优先采用调查数据，否则采用%1。</translation>
    </message>
</context>
<context>
    <name>Yike::Tiles</name>
    <message>
        <location filename="../ui/tiles/mbtiles_file.cpp" line="+73"/>
        <source>Cannot use %1 as a basemap: %2</source>
        <translation>无法将 %1 用作底图：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file cannot be read.</source>
        <translation>文件无法读取。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it is not an SQLite database (%1).</source>
        <translation>不是 SQLite 数据库（%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has no tiles table, so it is not an MBTiles file.</source>
        <translation>文件中没有 tiles 表，不是 MBTiles 文件。</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+28"/>
        <source>its tiles table cannot be read (%1).</source>
        <translation>无法读取 tiles 表（%1）。</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>it holds no tiles.</source>
        <translation>文件中没有瓦片。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its zoom levels (%1 to %2) are not valid.</source>
        <translation>缩放级别（%1 至 %2）无效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it holds vector tiles; only raster tiles (PNG, JPEG) can be shown.</source>
        <translation>文件中是矢量瓦片；只能显示栅格瓦片（PNG、JPEG）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its tiles are in the %1 format, which this installation cannot read.</source>
        <translation>瓦片为 %1 格式，本机安装无法读取。</translation>
    </message>
    <message>
        <location filename="../ui/tiles/tile_layer.cpp" line="+267"/>
        <source>the file holds a tile that is not an image</source>
        <translation>文件中的瓦片不是图像</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server answered HTTP %1</source>
        <translation>服务器返回 HTTP %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server sent something that is not an image</source>
        <translation>服务器返回的内容不是图像</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Basemap “%1”: some tiles could not be loaded (%2). The map works without them.</source>
        <translation>底图“%1”：部分瓦片无法加载（%2）。地图照常可用，只是缺少这些瓦片。</translation>
    </message>
    <message>
        <location filename="../ui/tiles/tile_source.cpp" line="+56"/>
        <source>The zoom levels must satisfy 0 ≤ minimum ≤ maximum ≤ %1.</source>
        <translation>缩放级别须满足 0 ≤ 最小值 ≤ 最大值 ≤ %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tile size must be between 64 and 1024 pixels.</source>
        <translation>瓦片尺寸须在 64 到 1024 像素之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No MBTiles file is chosen.</source>
        <translation>未选择 MBTiles 文件。</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The URL template is empty.</source>
        <translation>URL 模板为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL template needs {z}, {x} and {y} (or {-y}).</source>
        <translation>URL 模板须包含 {z}、{x} 和 {y}（或 {-y}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL template uses {s} but no subdomains are given.</source>
        <translation>URL 模板使用了 {s}，但未填写子域名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The URL template must be an http:// or https:// address.</source>
        <translation>URL 模板必须是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Overlay %1: %2</source>
        <translation>叠加图层 %1：%2</translation>
    </message>
</context>
<context>
    <name>Yike::Tools</name>
    <message>
        <location filename="../ui/tools/add_facility_tool.cpp" line="+41"/>
        <source>Add Facility</source>
        <translation>添加设施</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a category, then click the map to place an existing facility.</source>
        <translation>先选择设施类别，再在地图上单击放置现状设施。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The project&apos;s catalogue has no facility categories.</source>
        <translation>本项目的设施目录中没有设施类别。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Category:</source>
        <translation>设施类别(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/tools/add_gate_tool.cpp" line="+22"/>
        <source>Add Gate</source>
        <translation>添加出入口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click on a compound&apos;s fence to add a pedestrian gate.</source>
        <translation>在小区围墙上单击，添加人行出入口。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No compound fence within %1 pixels: a gate must lie on a fence.</source>
        <translation>%1 像素内没有小区围墙：出入口必须位于围墙上。</translation>
    </message>
    <message>
        <location filename="../ui/tools/add_idle_space_tool.cpp" line="+26"/>
        <source>Add Idle Space</source>
        <translation>添加闲置空间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the kind, then click the map to record an idle space.</source>
        <translation>先选择类型，再在地图上单击登记闲置空间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the corners of the idle space; double-click or Enter finishes, Esc cancels.</source>
        <translation>依次单击闲置空间的各个角点；双击或按 Enter 完成，按 Esc 取消。</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Shape:</source>
        <translation>形状(&amp;S)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Point</source>
        <translation>点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footprint</source>
        <translation>占地轮廓</translation>
    </message>
    <message>
        <location filename="../ui/tools/draw_compound_tool.cpp" line="+36"/>
        <source>Draw Compound</source>
        <translation>绘制小区</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click the corners of the compound; double-click or Enter finishes, Backspace removes the last corner, Esc cancels.</source>
        <translation>依次单击小区边界的各个角点；双击或按 Enter 完成，按 Backspace 删除上一个角点，按 Esc 取消。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New compound</source>
        <translation>新小区</translation>
    </message>
    <message>
        <location filename="../ui/tools/edit_vertices_tool.cpp" line="+22"/>
        <source>Edit Corners</source>
        <translation>编辑边界角点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag a corner of a compound to reshape it; its gates stay on the fence.</source>
        <translation>拖动小区边界角点以调整形状；出入口保持在围墙上。</translation>
    </message>
    <message>
        <location filename="../ui/tools/map_tool.cpp" line="+72"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/tools/measure_tool.cpp" line="+20"/>
        <source>Measure Distance</source>
        <translation>测量距离</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click points along the way; double-click or Enter ends the measurement.</source>
        <translation>沿路线依次单击各点；双击或按 Enter 结束测量。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+7"/>
        <source>Distance: %1</source>
        <translation>距离：%1</translation>
    </message>
    <message>
        <location filename="../ui/tools/move_tool.cpp" line="+21"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag a facility, idle space or compound to move it; compounds keep their gates. Drag a gate to slide it along its fence.</source>
        <translation>拖动设施、闲置空间或小区进行移动；小区连同其出入口一起移动。拖动出入口可沿围墙滑动。</translation>
    </message>
    <message>
        <location filename="../ui/tools/pan_tool.cpp" line="+16"/>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag to move the map. The wheel zooms; arrow keys pan.</source>
        <translation>拖动以平移地图；滚轮缩放，方向键平移。</translation>
    </message>
    <message>
        <location filename="../ui/tools/select_tool.cpp" line="+26"/>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click a feature or drag a box to select; Shift adds to the selection.</source>
        <translation>单击要素或拖框进行选择；按住 Shift 可加选。</translation>
    </message>
    <message>
        <location filename="../ui/tools/tool_manager.cpp" line="+150"/>
        <source>Close Gate</source>
        <translation>关闭出入口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open Gate</source>
        <translation>开放出入口</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open Gate</source>
        <translation>开放出入口(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close Gate</source>
        <translation>关闭出入口(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected gate at every hour; the walk analysis follows</source>
        <translation>全天开放所选出入口；步行分析随之更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the selected gate; the walk analysis follows</source>
        <translation>关闭所选出入口；步行分析随之更新</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete Selected</source>
        <translation>删除所选(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected features; a compound is deleted with its gates</source>
        <translation>删除所选要素；删除小区时一并删除其出入口</translation>
    </message>
    <message>
        <location filename="../ui/tools/sketch_tool.cpp" line="+69"/>
        <source>At least %1 points are needed.</source>
        <translation>至少需要 %1 个点。</translation>
    </message>
    <message>
        <location filename="../ui/tools/probe_tool.cpp" line="+15"/>
        <source>Walk Probe</source>
        <translation>步行探测</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a place: the walking minutes from there to every service, for each group of walkers, show in the Walk Probe panel.</source>
        <translation>点击一个地点：从该点步行到各类服务的分钟数将分人群显示在“步行探测”面板中。</translation>
    </message>
</context>
</TS>
