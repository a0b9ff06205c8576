<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Yike::App</name>
    <message>
        <location filename="../app/yike/main.cpp" line="67"/>
        <source>一刻 Yike: a planning workstation for 15-minute living circles.</source>
        <translation>一刻 Yike：一刻钟便民生活圈规划工作站。</translation>
    </message>
    <message>
        <location filename="../app/yike/main.cpp" line="72"/>
        <source>User interface language: zh_CN (Chinese) or en (English).</source>
        <translation>界面语言：zh_CN（中文）或 en（英文）。</translation>
    </message>
    <message>
        <location filename="../app/yike/main.cpp" line="75"/>
        <source>Project file to open.</source>
        <translation>要打开的项目文件。</translation>
    </message>
    <message>
        <location filename="../app/yike/main.cpp" line="76"/>
        <source>[FILE]</source>
        <translation>[文件]</translation>
    </message>
    <message>
        <location filename="../app/yike/main.cpp" line="81"/>
        <source>Unknown language “%1”; use zh_CN or en.</source>
        <translation>未知的语言“%1”，请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <location filename="../app/yike/main.cpp" line="87"/>
        <source>Only one project file can be opened.</source>
        <translation>一次只能打开一个项目文件。</translation>
    </message>
</context>
<context>
    <name>Yike::Commands</name>
    <message>
        <location filename="../ui/commands/add_feature.cpp" line="40"/>
        <source>Add Facility</source>
        <translation>添加设施</translation>
    </message>
    <message>
        <location filename="../ui/commands/add_feature.cpp" line="43"/>
        <source>Draw Compound</source>
        <translation>绘制小区</translation>
    </message>
    <message>
        <location filename="../ui/commands/add_feature.cpp" line="46"/>
        <source>Add Gate</source>
        <translation>添加出入口</translation>
    </message>
    <message>
        <location filename="../ui/commands/add_feature.cpp" line="49"/>
        <source>Add Idle Space</source>
        <translation>添加闲置空间</translation>
    </message>
    <message>
        <location filename="../ui/commands/set_compound_outline.cpp" line="22"/>
        <source>Edit Compound Outline</source>
        <translation>修改小区边界</translation>
    </message>
    <message>
        <location filename="../ui/commands/move_features.cpp" line="48"/>
        <source>Move Feature</source>
        <translation>移动要素</translation>
    </message>
    <message>
        <location filename="../ui/commands/move_features.cpp" line="49"/>
        <source>Move %1 Features</source>
        <translation>移动 %1 个要素</translation>
    </message>
    <message>
        <location filename="../ui/commands/remove_features.cpp" line="43"/>
        <source>Delete Feature</source>
        <translation>删除要素</translation>
    </message>
    <message>
        <location filename="../ui/commands/remove_features.cpp" line="44"/>
        <source>Delete %1 Features</source>
        <translation>删除 %1 个要素</translation>
    </message>
</context>
<context>
    <name>Yike::Document</name>
    <message>
        <location filename="../ui/document/document_error.cpp" line="17"/>
        <source>Cannot Open Project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../ui/document/document_error.cpp" line="19"/>
        <source>Cannot Save Project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location filename="../ui/document/document_error.cpp" line="21"/>
        <source>Cannot Restore Project</source>
        <translation>无法恢复项目</translation>
    </message>
    <message>
        <location filename="../ui/document/document_error.cpp" line="23"/>
        <source>Autosave Failed</source>
        <translation>自动保存失败</translation>
    </message>
    <message>
        <location filename="../ui/document/document_error.cpp" line="31"/>
        <source>The file “%1” does not exist. It may have been moved, renamed or deleted.</source>
        <translation>文件“%1”不存在，可能已被移动、重命名或删除。</translation>
    </message>
    <message>
        <location filename="../ui/document/document_error.cpp" line="36"/>
        <source>“%1” is not a Yike project file: it is empty or not a database at all.</source>
        <translation>“%1”不是一刻项目文件：文件为空，或根本不是数据库。</translation>
    </message>
    <message>
        <location filename="../ui/document/document_error.cpp" line="41"/>
        <source>The project file “%1” is damaged and cannot be read. If you have a backup or an autosaved copy, open that instead.</source>
        <translation>项目文件“%1”已损坏，无法读取。如有备份或自动保存的副本，请改为打开该副本。</translation>
    </message>
    <message>
        <location filename="../ui/document/document_error.cpp" line="46"/>
        <source>“%1” is a GeoPackage made by another program, not a Yike project. Its layers can be imported into a project, but the file cannot be opened as one.</source>
        <translation>“%1”是由其他软件生成的 GeoPackage，不是一刻项目。其中的图层可以导入到项目中，但该文件不能作为项目直接打开。</translation>
    </message>
    <message>
        <location filename="../ui/document/document_error.cpp" line="52"/>
        <source>“%1” is a database, but not a Yike project.</source>
        <translation>“%1”是一个数据库，但不是一刻项目。</translation>
    </message>
    <message>
        <location filename="../ui/document/document_error.cpp" line="55"/>
        <source>“%1” was saved by a newer version of Yike. Please update Yike to open it. The file was not changed.</source>
        <translation>“%1”由更新版本的一刻保存，请升级一刻后再打开。该文件未被改动。</translation>
    </message>
    <message>
        <location filename="../ui/document/document_error.cpp" line="59"/>
        <source>“%1” was saved by a newer version of Yike (%2). Please update Yike to open it. The file was not changed.</source>
        <translation>“%1”由更新版本的一刻（%2）保存，请升级一刻后再打开。该文件未被改动。</translation>
    </message>
    <message>
        <location filename="../ui/document/document_error.cpp" line="65"/>
        <source>“%1” is being edited in another Yike window. You can open it read-only to look at it, and save any changes under a different name.</source>
        <translation>“%1”正在另一个一刻窗口中编辑。您可以以只读方式打开查看，如有修改请另存为其他文件名。</translation>
    </message>
    <message>
        <location filename="../ui/document/document_error.cpp" line="70"/>
        <source>“%1” is being edited by %2. You can open it read-only to look at it, and save any changes under a different name.</source>
        <translation>“%1”正由 %2 编辑。您可以以只读方式打开查看，如有修改请另存为其他文件名。</translation>
    </message>
    <message>
        <location filename="../ui/document/document_error.cpp" line="75"/>
        <source>You do not have permission to open “%1”.</source>
        <translation>您没有打开“%1”的权限。</translation>
    </message>
    <message>
        <location filename="../ui/document/document_error.cpp" line="79"/>
        <source>Yike could not read “%1”. Check that the disk or network drive is available and that you may read the folder.</source>
        <translation>一刻无法读取“%1”。请检查磁盘或网络驱动器是否可用，以及您是否有权读取该文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/document/document_error.cpp" line="88"/>
        <source>The folder for “%1” does not exist any more. Choose another folder with Save As.</source>
        <translation>“%1”所在的文件夹已不存在，请通过“另存为”选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/document/document_error.cpp" line="94"/>
        <source>“%1” is being edited in another Yike window, so it cannot be overwritten. Save under a different name.</source>
        <translation>“%1”正在另一个一刻窗口中编辑，无法覆盖。请另存为其他文件名。</translation>
    </message>
    <message>
        <location filename="../ui/document/document_error.cpp" line="98"/>
        <source>“%1” is being edited by %2, so it cannot be overwritten. Save under a different name.</source>
        <translation>“%1”正由 %2 编辑，无法覆盖。请另存为其他文件名。</translation>
    </message>
    <message>
        <location filename="../ui/document/document_error.cpp" line="103"/>
        <source>“%1” cannot be written: the file or its folder is read-only, or the project was opened read-only. Save under a different name or in another folder.</source>
        <translation>无法写入“%1”：文件或其所在文件夹为只读，或项目是以只读方式打开的。请另存为其他文件名，或保存到其他文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/document/document_error.cpp" line="113"/>
        <source>“%1” could not be replaced with the project: it is not a Yike project file this version can write. Save under a different name.</source>
        <translation>无法用本项目替换“%1”：它不是本版本一刻可写入的项目文件。请另存为其他文件名。</translation>
    </message>
    <message>
        <location filename="../ui/document/document_error.cpp" line="121"/>
        <source>Yike could not write “%1”. Check that the disk is not full and that you may write to the folder.</source>
        <translation>一刻无法写入“%1”。请检查磁盘空间是否已满，以及您是否有权写入该文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/document/document_error.cpp" line="135"/>
        <source>the project</source>
        <translation>本项目</translation>
    </message>
    <message>
        <location filename="../ui/document/project_document.cpp" line="90"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>Yike::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="47"/>
        <source>Yike projects (*.yike);;All files (*)</source>
        <translation>一刻项目 (*.yike);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="206"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="207"/>
        <source>The translation for %1 could not be loaded.</source>
        <translation>无法加载%1的翻译。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="335"/>
        <source>Lon %1°  Lat %2°</source>
        <translation>经度 %1°  纬度 %2°</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="364"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="365"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="366"/>
        <source>Start an empty project</source>
        <translation>新建一个空项目</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="367"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="368"/>
        <source>Open a project file</source>
        <translation>打开项目文件</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="369"/>
        <source>Open Sa&amp;mple District</source>
        <translation>打开示例街区(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="371"/>
        <source>Open the built-in sample district (generated data)</source>
        <translation>打开内置示例街区（生成数据）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="372"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开的文件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="373"/>
        <source>&amp;Clear Menu</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="374"/>
        <location filename="../ui/mainwindow/prompter.cpp" line="28"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="375"/>
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="376"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="377"/>
        <source>Save the project under a new name</source>
        <translation>以新文件名保存项目</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="378"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="379"/>
        <source>Quit Yike</source>
        <translation>退出一刻</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="381"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="384"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="385"/>
        <source>&amp;Zoom to Project</source>
        <translation>缩放至项目范围(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="386"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="387"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="388"/>
        <source>&amp;Layers</source>
        <translation>图层(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="389"/>
        <source>&amp;Facilities</source>
        <translation>设施(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="390"/>
        <source>&amp;Idle Spaces</source>
        <translation>闲置空间(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="391"/>
        <source>Compound &amp;Gates</source>
        <translation>小区出入口(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="392"/>
        <source>&amp;Compounds</source>
        <translation>小区(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="393"/>
        <source>&amp;Streets and Paths</source>
        <translation>街道与步道(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="394"/>
        <source>&amp;Water</source>
        <translation>水系(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="395"/>
        <source>Study &amp;Area</source>
        <translation>研究范围(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="396"/>
        <source>Zoom to Se&amp;lection</source>
        <translation>缩放至所选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="397"/>
        <source>Zoom to Stud&amp;y Area</source>
        <translation>缩放至研究范围(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="398"/>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="399"/>
        <source>&amp;Toolbar</source>
        <translation>工具栏(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="400"/>
        <source>Map Tools</source>
        <translation>地图工具</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="401"/>
        <source>&amp;Map Tools Bar</source>
        <translation>地图工具栏(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="402"/>
        <source>Tool Options</source>
        <translation>工具选项</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="403"/>
        <source>Tool &amp;Options Bar</source>
        <translation>工具选项栏(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="404"/>
        <source>Undo History</source>
        <translation>操作历史</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="405"/>
        <source>Undo &amp;History</source>
        <translation>操作历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="406"/>
        <source>&lt;opened project&gt;</source>
        <translation>&lt;打开的项目&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="407"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="411"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="415"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="416"/>
        <source>&amp;About Yike</source>
        <translation>关于一刻(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="417"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="419"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="421"/>
        <source>This project was opened read-only. Use Save As to keep changes.</source>
        <translation>此项目以只读方式打开。如需保留修改，请使用“另存为”。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="428"/>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="440"/>
        <source>Facilities %1 · Idle spaces %2 · Compounds %3 · Gates %4 · Streets %5</source>
        <translation>设施 %1 · 闲置空间 %2 · 小区 %3 · 出入口 %4 · 街道 %5</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="455"/>
        <source>1 facility</source>
        <translation>1 处设施</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="456"/>
        <source>%1 facilities</source>
        <translation>%1 处设施</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="458"/>
        <source>1 compound</source>
        <translation>1 个小区</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="459"/>
        <source>%1 compounds</source>
        <translation>%1 个小区</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="461"/>
        <source>1 gate</source>
        <translation>1 个出入口</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="461"/>
        <source>%1 gates</source>
        <translation>%1 个出入口</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="463"/>
        <source>1 idle space</source>
        <translation>1 处闲置空间</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="464"/>
        <source>%1 idle spaces</source>
        <translation>%1 处闲置空间</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="466"/>
        <source>Selected: %1</source>
        <translation>已选：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="466"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="474"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="475"/>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="477"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="478"/>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="532"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="533"/>
        <source>Yike did not close normally last time. Unsaved changes to “%1”, autosaved at %2, can be restored.

Restore them now?</source>
        <translation>一刻上次未正常关闭。“%1”中未保存的修改已于 %2 自动保存，可以恢复。

现在恢复吗？</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="537"/>
        <source>Restore Unsaved Work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="541"/>
        <source>Restored unsaved work.</source>
        <translation>已恢复未保存的工作。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="574"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="586"/>
        <location filename="../ui/mainwindow/main_window.cpp" line="610"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="599"/>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="638"/>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="654"/>
        <source>File Not Found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="655"/>
        <source>“%1” no longer exists. It was removed from the list of recent files.</source>
        <translation>“%1”已不存在，已从最近打开的文件列表中移除。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="668"/>
        <source>A planning workstation for 15-minute living circles: walking catchments on the street network, service coverage for older residents and children, idle spaces that could host missing services, and maps for residents&apos; meetings.</source>
        <translation>一刻钟便民生活圈规划工作站：基于街道网络的步行可达范围、老年人与儿童的服务覆盖、可用于补齐缺失服务的闲置空间，以及供居民议事会使用的地图。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="673"/>
        <source>Map data © OpenStreetMap contributors, available under the Open Database License (ODbL).</source>
        <translation>地图数据 © OpenStreetMap 贡献者，依据开放数据库许可协议（ODbL）提供。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="677"/>
        <source>The built-in sample district is generated data: its streets, compounds, facilities and population figures are fictional.</source>
        <translation>内置示例街区为生成数据：其中的街道、小区、设施和人口数据均为虚构。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="681"/>
        <source>Licensed under the GNU General Public License, version 3 or later. Built with Qt %1.</source>
        <translation>依据 GNU 通用公共许可证第 3 版或更高版本授权。基于 Qt %1 构建。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="689"/>
        <source>About Yike</source>
        <translation>关于一刻</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/prompter.cpp" line="24"/>
        <source>Unsaved Changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/prompter.cpp" line="25"/>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>是否保存对“%1”的修改？</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/prompter.cpp" line="27"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>如果不保存，您的修改将会丢失。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/prompter.cpp" line="29"/>
        <source>Do&amp;n&apos;t Save</source>
        <translation>不保存(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/prompter.cpp" line="30"/>
        <location filename="../ui/mainwindow/prompter.cpp" line="47"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/prompter.cpp" line="45"/>
        <source>Open a read-only view of the file?</source>
        <translation>以只读方式打开该文件吗？</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/prompter.cpp" line="46"/>
        <source>Open &amp;Read-Only</source>
        <translation>只读打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/prompter.cpp" line="57"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/prompter.cpp" line="58"/>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/prompter.cpp" line="59"/>
        <source>Ask &amp;Later</source>
        <translation>以后再说(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/prompter.cpp" line="73"/>
        <location filename="../ui/mainwindow/prompter.cpp" line="80"/>
        <location filename="../ui/mainwindow/prompter.cpp" line="88"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>Yike::MapView</name>
    <message>
        <location filename="../ui/mapview/map_view.cpp" line="288"/>
        <source>This project has no map features yet.</source>
        <translation>此项目还没有地图要素。</translation>
    </message>
    <message>
        <location filename="../ui/mapview/map_view.cpp" line="362"/>
        <source>%1 km</source>
        <translation>%1 千米</translation>
    </message>
    <message>
        <location filename="../ui/mapview/map_view.cpp" line="365"/>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
</context>
<context>
    <name>Yike::Tools</name>
    <message>
        <location filename="../ui/tools/add_facility_tool.cpp" line="55"/>
        <source>Add Facility</source>
        <translation>添加设施</translation>
    </message>
    <message>
        <location filename="../ui/tools/add_facility_tool.cpp" line="59"/>
        <source>Choose a category, then click the map to place an existing facility.</source>
        <translation>先选择设施类别，再在地图上单击放置现状设施。</translation>
    </message>
    <message>
        <location filename="../ui/tools/add_facility_tool.cpp" line="81"/>
        <source>The project&apos;s catalogue has no facility categories.</source>
        <translation>本项目的设施目录中没有设施类别。</translation>
    </message>
    <message>
        <location filename="../ui/tools/add_facility_tool.cpp" line="117"/>
        <source>&amp;Category:</source>
        <translation>设施类别(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/tools/add_gate_tool.cpp" line="22"/>
        <source>Add Gate</source>
        <translation>添加出入口</translation>
    </message>
    <message>
        <location filename="../ui/tools/add_gate_tool.cpp" line="26"/>
        <source>Click on a compound&apos;s fence to add a pedestrian gate.</source>
        <translation>在小区围墙上单击，添加人行出入口。</translation>
    </message>
    <message>
        <location filename="../ui/tools/add_gate_tool.cpp" line="57"/>
        <source>No compound fence within %1 pixels: a gate must lie on a fence.</source>
        <translation>%1 像素内没有小区围墙：出入口必须位于围墙上。</translation>
    </message>
    <message>
        <location filename="../ui/tools/add_idle_space_tool.cpp" line="21"/>
        <source>Vacant shop</source>
        <translation>空置商铺</translation>
    </message>
    <message>
        <location filename="../ui/tools/add_idle_space_tool.cpp" line="22"/>
        <source>Former testing hut</source>
        <translation>闲置核酸采样亭</translation>
    </message>
    <message>
        <location filename="../ui/tools/add_idle_space_tool.cpp" line="23"/>
        <source>Disused boiler room</source>
        <translation>废弃锅炉房</translation>
    </message>
    <message>
        <location filename="../ui/tools/add_idle_space_tool.cpp" line="24"/>
        <source>Stilted ground floor</source>
        <translation>架空层</translation>
    </message>
    <message>
        <location filename="../ui/tools/add_idle_space_tool.cpp" line="25"/>
        <source>Underused community room</source>
        <translation>低效利用的社区用房</translation>
    </message>
    <message>
        <location filename="../ui/tools/add_idle_space_tool.cpp" line="26"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../ui/tools/add_idle_space_tool.cpp" line="27"/>
        <source>Other idle space</source>
        <translation>其他闲置空间</translation>
    </message>
    <message>
        <location filename="../ui/tools/add_idle_space_tool.cpp" line="38"/>
        <source>Add Idle Space</source>
        <translation>添加闲置空间</translation>
    </message>
    <message>
        <location filename="../ui/tools/add_idle_space_tool.cpp" line="43"/>
        <source>Choose the kind, then click the map to record an idle space.</source>
        <translation>先选择类型，再在地图上单击登记闲置空间。</translation>
    </message>
    <message>
        <location filename="../ui/tools/add_idle_space_tool.cpp" line="44"/>
        <source>Click the corners of the idle space; double-click or Enter finishes, Esc cancels.</source>
        <translation>依次单击闲置空间的各个角点；双击或按 Enter 完成，按 Esc 取消。</translation>
    </message>
    <message>
        <location filename="../ui/tools/add_idle_space_tool.cpp" line="130"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/tools/add_idle_space_tool.cpp" line="132"/>
        <source>&amp;Shape:</source>
        <translation>形状(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/tools/add_idle_space_tool.cpp" line="142"/>
        <source>Point</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../ui/tools/add_idle_space_tool.cpp" line="143"/>
        <source>Footprint</source>
        <translation>占地轮廓</translation>
    </message>
    <message>
        <location filename="../ui/tools/draw_compound_tool.cpp" line="36"/>
        <source>Draw Compound</source>
        <translation>绘制小区</translation>
    </message>
    <message>
        <location filename="../ui/tools/draw_compound_tool.cpp" line="40"/>
        <source>Click the corners of the compound; double-click or Enter finishes, Backspace removes the last corner, Esc cancels.</source>
        <translation>依次单击小区边界的各个角点；双击或按 Enter 完成，按 Backspace 删除上一个角点，按 Esc 取消。</translation>
    </message>
    <message>
        <location filename="../ui/tools/draw_compound_tool.cpp" line="52"/>
        <source>New compound</source>
        <translation>新小区</translation>
    </message>
    <message>
        <location filename="../ui/tools/edit_vertices_tool.cpp" line="22"/>
        <source>Edit Corners</source>
        <translation>编辑边界角点</translation>
    </message>
    <message>
        <location filename="../ui/tools/edit_vertices_tool.cpp" line="26"/>
        <source>Drag a corner of a compound to reshape it; its gates stay on the fence.</source>
        <translation>拖动小区边界角点以调整形状；出入口保持在围墙上。</translation>
    </message>
    <message>
        <location filename="../ui/tools/map_tool.cpp" line="72"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/tools/measure_tool.cpp" line="19"/>
        <source>Measure Distance</source>
        <translation>测量距离</translation>
    </message>
    <message>
        <location filename="../ui/tools/measure_tool.cpp" line="23"/>
        <source>Click points along the way; double-click or Enter ends the measurement.</source>
        <translation>沿路线依次单击各点；双击或按 Enter 结束测量。</translation>
    </message>
    <message>
        <location filename="../ui/tools/measure_tool.cpp" line="45"/>
        <location filename="../ui/tools/measure_tool.cpp" line="52"/>
        <source>Distance: %1</source>
        <translation>距离：%1</translation>
    </message>
    <message>
        <location filename="../ui/tools/move_tool.cpp" line="18"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../ui/tools/move_tool.cpp" line="22"/>
        <source>Drag a facility, idle space or compound to move it; compounds keep their gates. Drag a gate to slide it along its fence.</source>
        <translation>拖动设施、闲置空间或小区进行移动；小区连同其出入口一起移动。拖动出入口可沿围墙滑动。</translation>
    </message>
    <message>
        <location filename="../ui/tools/pan_tool.cpp" line="16"/>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location filename="../ui/tools/pan_tool.cpp" line="20"/>
        <source>Drag to move the map. The wheel zooms; arrow keys pan.</source>
        <translation>拖动以平移地图；滚轮缩放，方向键平移。</translation>
    </message>
    <message>
        <location filename="../ui/tools/select_tool.cpp" line="26"/>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../ui/tools/select_tool.cpp" line="30"/>
        <source>Click a feature or drag a box to select; Shift adds to the selection.</source>
        <translation>单击要素或拖框进行选择；按住 Shift 可加选。</translation>
    </message>
    <message>
        <location filename="../ui/tools/tool_manager.cpp" line="121"/>
        <source>&amp;Delete Selected</source>
        <translation>删除所选(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/tools/tool_manager.cpp" line="123"/>
        <source>Delete the selected features; a compound is deleted with its gates</source>
        <translation>删除所选要素；删除小区时一并删除其出入口</translation>
    </message>
    <message>
        <location filename="../ui/tools/sketch_tool.cpp" line="69"/>
        <source>At least %1 points are needed.</source>
        <translation>至少需要 %1 个点。</translation>
    </message>
</context>
</TS>
