; Unsit's additions to electron-builder's NSIS installer (per user, no administrator rights).
; electron-builder includes this file and defines APP_ID (the appId of electron-builder.yml),
; the variable $newStartMenuLink and the ${isUpdated} test before these macros run.

; The same CLSID as TOAST_ACTIVATOR_CLSID in electron/main/app-identity.ts.
!define UNSIT_TOAST_ACTIVATOR_CLSID "{A1F45E9E-75CC-4AAC-B025-94B952D822C3}"
!define UNSIT_RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"
!define UNSIT_STARTUP_APPROVED_KEY "Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"

; COM identifiers used below (from the Windows SDK headers).
!define UNSIT_CLSID_SHELL_LINK "{00021401-0000-0000-C000-000000000046}"
!define UNSIT_IID_PERSIST_FILE "{0000010B-0000-0000-C000-000000000046}"
!define UNSIT_IID_PROPERTY_STORE "{886D8EEB-8CF2-4446-8D02-CDBA1DBDCF99}"
; PKEY_AppUserModel_ToastActivatorCLSID: format id and property id 26.
!define UNSIT_PKEY_TOAST_ACTIVATOR '"{9F4C2855-9F79-4B39-A8D0-E1D42DE1D5F3}",26'
!define UNSIT_VT_CLSID 72
!define UNSIT_STGM_READWRITE 2

; Windows finds the COM class to start for a click on a toast (also one from the notification
; centre, after Unsit was closed) on the Start-menu shortcut that carries the app's
; AppUserModelID. electron-builder puts the AppUserModelID on the shortcut; this adds the toast
; activator. Electron checks the shortcut at the first notification and rewrites it only when
; the two differ, so the shortcut keeps its icon and the app keeps this CLSID.
; A shortcut that cannot be opened is left alone: Electron then writes its own.
!macro unsitStampToastActivator LINK
  System::Store S
  StrCpy $1 0
  StrCpy $2 0
  System::Call 'ole32::CoCreateInstance(g "${UNSIT_CLSID_SHELL_LINK}", p 0, i 1, g "${UNSIT_IID_PERSIST_FILE}", *p .r1) i .r0'
  ${If} $0 = 0
    ; IPersistFile::Load
    System::Call '$1->5(w "${LINK}", i ${UNSIT_STGM_READWRITE}) i .r0'
  ${EndIf}
  ${If} $0 = 0
    ; IUnknown::QueryInterface for IPropertyStore
    System::Call '$1->0(g "${UNSIT_IID_PROPERTY_STORE}", *p .r2) i .r0'
  ${EndIf}
  ${If} $0 = 0
    ; A PROPVARIANT of type VT_CLSID points at the CLSID.
    System::Call '*(&g16)("${UNSIT_TOAST_ACTIVATOR_CLSID}") p .r3'
    System::Call '*(&g16,&i4)(${UNSIT_PKEY_TOAST_ACTIVATOR}) p .r4'
    System::Call '*(&i2,&i6,p,p)(${UNSIT_VT_CLSID},,$3) p .r5'
    ; IPropertyStore::SetValue, then Commit
    System::Call '$2->6(p r4, p r5) i .r0'
    ${If} $0 = 0
      System::Call '$2->7() i .r0'
    ${EndIf}
    ; IPersistFile::Save back to the file it was loaded from
    ${If} $0 = 0
      System::Call '$1->6(p 0, i 1) i .r0'
    ${EndIf}
    System::Free $3
    System::Free $4
    System::Free $5
  ${EndIf}
  ${If} $2 != 0
    System::Call '$2->2()'
  ${EndIf}
  ${If} $1 != 0
    System::Call '$1->2()'
  ${EndIf}
  ${If} $0 != 0
    DetailPrint "Unsit: the toast activator was not set on the shortcut (error $0)."
  ${EndIf}
  System::Store L
!macroend

!macro customInstall
  ${If} ${FileExists} "$newStartMenuLink"
    !insertmacro unsitStampToastActivator "$newStartMenuLink"
  ${EndIf}
!macroend

; What Unsit itself wrote for the current user. An update runs the old uninstaller too
; (with --updated); the user's choices must survive that, so they are only removed for good.
!macro customUnInstall
  ${IfNot} ${isUpdated}
    ; "Launch at login": Electron's login item is a Run value named after the AppUserModelID,
    ; plus the StartupApproved value Windows keeps when the user toggles it in Task Manager.
    DeleteRegValue HKCU "${UNSIT_RUN_KEY}" "${APP_ID}"
    DeleteRegValue HKCU "${UNSIT_STARTUP_APPROVED_KEY}" "${APP_ID}"
    ; The toast activator Electron registers (it points at the Unsit.exe being removed).
    DeleteRegKey HKCU "Software\Classes\CLSID\${UNSIT_TOAST_ACTIVATOR_CLSID}"
  ${EndIf}
!macroend
