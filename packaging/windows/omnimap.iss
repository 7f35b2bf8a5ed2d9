; Inno Setup 6 script: the Windows installer of omnimap.
; Saved as UTF-8 with a BOM, which is how Inno Setup knows to read the Polish
; texts as UTF-8.
; Build on Windows after packaging\windows\omnimap.spec has made dist\omnimap\:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\omnimap.iss
;
; gives dist\omnimap-0.1.0-windows-x64-setup.exe. The installer asks whether to
; install for the current user (no admin rights, the default) or for everyone,
; and registers .omnimap files (application/vnd.omnimap.journey+json) to open
; in omnimap.exe. Uninstalling removes the association again.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "omnimap"
#define AppExe "omnimap.exe"
#define ProgId "omnimap.journey"
#define MimeType "application/vnd.omnimap.journey+json"

[Setup]
; The AppId identifies the app for upgrades and uninstall: never change it.
AppId={{ED9BEA8A-094B-42E3-9F0C-49DFFA390DD6}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=omnimap developers
AppComments=Omnichannel customer-journey maps with CRM-gap flags
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=omnimap-{#AppVersion}-windows-x64-setup
SetupIconFile=omnimap.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
MinVersion=10.0

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "polish"; MessagesFile: "compiler:Languages\Polish.isl"

[CustomMessages]
english.AssocTask=Open .omnimap journey files with omnimap
polish.AssocTask=Otwieraj pliki map .omnimap w programie omnimap
english.FileTypeName=omnimap journey map
polish.FileTypeName=Mapa ścieżki klienta omnimap

[Tasks]
Name: "fileassoc"; Description: "{cm:AssocTask}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\omnimap\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKLM for an all-users install and HKCU for a per-user one.
Root: HKA; Subkey: "Software\Classes\.omnimap"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: fileassoc
Root: HKA; Subkey: "Software\Classes\.omnimap"; ValueType: string; ValueName: "Content Type"; ValueData: "{#MimeType}"; Flags: uninsdeletevalue; Tasks: fileassoc
Root: HKA; Subkey: "Software\Classes\.omnimap\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: fileassoc
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:FileTypeName}"; Flags: uninsdeletekey; Tasks: fileassoc
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: fileassoc
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: fileassoc
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".omnimap"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\MIME\Database\Content Type\{#MimeType}"; ValueType: string; ValueName: "Extension"; ValueData: ".omnimap"; Flags: uninsdeletekey; Tasks: fileassoc

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
