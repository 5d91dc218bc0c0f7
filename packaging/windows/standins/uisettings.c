/* A stand-in for the WinRT class Windows.UI.ViewManagement.UISettings, for the Windows
 * proof under Wine only (packaging/windows/prove.sh); never shipped.
 *
 * Why: Qt 6.9's Windows platform plugin asks Windows for its accent and theme colours
 * through this class (C++/WinRT). Wine 8.0 has no such class: RoGetActivationFactory fails,
 * C++/WinRT throws, nothing catches it, and the process aborts (c0000409) before a window
 * exists. This DLL answers as Windows 10/11 does with the light theme and the default blue
 * accent, so Qt's real window comes up. The app and its bundle are not changed.
 *
 * prove.sh builds it with mingw-w64 (Debian) and registers it in the Wine prefix under
 * HKLM\Software\Microsoft\WindowsRuntime\ActivatableClassId\Windows.UI.ViewManagement.UISettings
 * (DllPath), where Wine's combase looks for a class's library.
 *
 * One static object answers every interface: nothing is allocated, so reference counts are
 * not needed. With ASPEL_UISETTINGS_LOG=FILE set, each interface asked for and not
 * implemented is written to FILE (how the interfaces below were checked: Qt 6.9.3 asks for none other).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>

typedef void *WinRTString;
typedef struct { BYTE A, R, G, B; } UIColor; /* Windows.UI.Color, in its ABI order */
typedef struct { float Width, Height; } UISize;
typedef struct { INT64 value; } EventToken;
typedef HRESULT(WINAPI *CreateStringFn)(const WCHAR *, UINT32, WinRTString *);

static const GUID IID_Unknown = {0x00000000, 0x0000, 0x0000, {0xc0, 0, 0, 0, 0, 0, 0, 0x46}};
static const GUID IID_Inspectable = {0xaf86e2e0, 0xb12d, 0x4c6a, {0x9c, 0x5a, 0xd7, 0xaa, 0x65, 0x10, 0x1e, 0x90}};
static const GUID IID_Agile = {0x94ea2b94, 0xe9cc, 0x49e0, {0xc0, 0xff, 0xee, 0x64, 0xca, 0x8f, 0x5b, 0x90}};
static const GUID IID_Factory = {0x00000035, 0x0000, 0x0000, {0xc0, 0, 0, 0, 0, 0, 0, 0x46}};
static const GUID IID_UISettings = {0x85361600, 0x1c63, 0x4627, {0xbc, 0xb1, 0x3a, 0x89, 0xe0, 0xbc, 0x9c, 0x55}};
static const GUID IID_UISettings2 = {0xbad82401, 0x2721, 0x44f9, {0xbb, 0x91, 0x2b, 0xb2, 0x28, 0xbe, 0x44, 0x2f}};
static const GUID IID_UISettings3 = {0x03021be4, 0x5254, 0x4781, {0x81, 0x94, 0x51, 0x68, 0xf7, 0xd0, 0x6d, 0x7b}};
static const GUID IID_UISettings4 = {0x52bb3002, 0x919b, 0x4d6b, {0x9b, 0x78, 0x8d, 0xd6, 0x6f, 0xf4, 0xb9, 0x3b}};
static const GUID IID_UISettings5 = {0x5349d588, 0x0cb5, 0x5f05, {0xbd, 0x34, 0x70, 0x6b, 0x32, 0x31, 0xf0, 0xbd}};

/* The object: one vtable pointer per interface, each interface pointer points at one
 * (defined at the end, once the vtables are). */
struct object {
    const void *factory, *settings, *settings2, *settings3, *settings4, *settings5;
};
static struct object the;

static void log_unknown(const GUID *iid)
{
    char path[MAX_PATH];
    DWORD n = GetEnvironmentVariableA("ASPEL_UISETTINGS_LOG", path, sizeof(path));
    if (n == 0 || n >= sizeof(path))
        return;
    FILE *f = fopen(path, "a");
    if (!f)
        return;
    fprintf(f, "no interface %08lx-%04x-%04x-%02x%02x-%02x%02x%02x%02x%02x%02x\n",
            (unsigned long)iid->Data1, iid->Data2, iid->Data3, iid->Data4[0], iid->Data4[1],
            iid->Data4[2], iid->Data4[3], iid->Data4[4], iid->Data4[5], iid->Data4[6],
            iid->Data4[7]);
    fclose(f);
}

/* ---- IUnknown and IInspectable, shared by every interface of the object */

static HRESULT WINAPI settings_query(void *self, const GUID *iid, void **out)
{
    (void)self;
    if (!out)
        return E_POINTER;
    if (IsEqualGUID(iid, &IID_Unknown) || IsEqualGUID(iid, &IID_Inspectable) ||
        IsEqualGUID(iid, &IID_Agile) || IsEqualGUID(iid, &IID_UISettings))
        *out = (void *)&the.settings;
    else if (IsEqualGUID(iid, &IID_UISettings2))
        *out = (void *)&the.settings2;
    else if (IsEqualGUID(iid, &IID_UISettings3))
        *out = (void *)&the.settings3;
    else if (IsEqualGUID(iid, &IID_UISettings4))
        *out = (void *)&the.settings4;
    else if (IsEqualGUID(iid, &IID_UISettings5))
        *out = (void *)&the.settings5;
    else {
        log_unknown(iid);
        *out = NULL;
        return E_NOINTERFACE;
    }
    return S_OK;
}

static HRESULT WINAPI factory_query(void *self, const GUID *iid, void **out)
{
    (void)self;
    if (!out)
        return E_POINTER;
    if (IsEqualGUID(iid, &IID_Unknown) || IsEqualGUID(iid, &IID_Inspectable) ||
        IsEqualGUID(iid, &IID_Agile) || IsEqualGUID(iid, &IID_Factory)) {
        *out = (void *)&the.factory;
        return S_OK;
    }
    log_unknown(iid);
    *out = NULL;
    return E_NOINTERFACE;
}

static ULONG WINAPI add_ref(void *self) { (void)self; return 2; }
static ULONG WINAPI release(void *self) { (void)self; return 1; }

static HRESULT WINAPI get_iids(void *self, ULONG *count, GUID **iids)
{
    static const GUID *const ours[] = {&IID_UISettings, &IID_UISettings2, &IID_UISettings3,
                                       &IID_UISettings4, &IID_UISettings5};
    (void)self;
    *iids = CoTaskMemAlloc(sizeof(ours) / sizeof(*ours) * sizeof(GUID));
    if (!*iids)
        return E_OUTOFMEMORY;
    for (ULONG i = 0; i < sizeof(ours) / sizeof(*ours); i++)
        (*iids)[i] = *ours[i];
    *count = sizeof(ours) / sizeof(*ours);
    return S_OK;
}

static HRESULT WINAPI class_name(void *self, WinRTString *name)
{
    static const WCHAR text[] = L"Windows.UI.ViewManagement.UISettings";
    (void)self;
    HMODULE combase = GetModuleHandleA("combase.dll");
    if (!combase)
        combase = LoadLibraryA("combase.dll");
    CreateStringFn create =
        combase ? (CreateStringFn)(void *)GetProcAddress(combase, "WindowsCreateString") : NULL;
    if (!create)
        return E_NOTIMPL;
    return create(text, (UINT32)(sizeof(text) / sizeof(WCHAR) - 1), name);
}

static HRESULT WINAPI trust_level(void *self, int *level)
{
    (void)self;
    *level = 0; /* BaseTrust */
    return S_OK;
}

#define INSPECTABLE(query) query, add_ref, release, get_iids, class_name, trust_level

/* ---- IActivationFactory */

static HRESULT WINAPI activate_instance(void *self, void **instance)
{
    (void)self;
    *instance = (void *)&the.settings;
    return S_OK;
}

static const void *const factory_vtbl[] = {INSPECTABLE(factory_query), activate_instance};

/* ---- IUISettings: Windows' defaults */

static HRESULT WINAPI hand_preference(void *s, int *v) { (void)s; *v = 1; return S_OK; } /* right */
static HRESULT WINAPI cursor_size(void *s, UISize *v)
{
    (void)s;
    v->Width = (float)GetSystemMetrics(SM_CXCURSOR);
    v->Height = (float)GetSystemMetrics(SM_CYCURSOR);
    return S_OK;
}
static HRESULT WINAPI scroll_bar_size(void *s, UISize *v)
{
    (void)s;
    v->Width = (float)GetSystemMetrics(SM_CXVSCROLL);
    v->Height = (float)GetSystemMetrics(SM_CYHSCROLL);
    return S_OK;
}
static HRESULT WINAPI scroll_arrow_size(void *s, UISize *v)
{
    (void)s;
    v->Width = (float)GetSystemMetrics(SM_CXHSCROLL);
    v->Height = (float)GetSystemMetrics(SM_CYVSCROLL);
    return S_OK;
}
static HRESULT WINAPI scroll_thumb_size(void *s, UISize *v)
{
    (void)s;
    v->Width = (float)GetSystemMetrics(SM_CXHTHUMB);
    v->Height = (float)GetSystemMetrics(SM_CYVTHUMB);
    return S_OK;
}
static HRESULT WINAPI message_duration(void *s, UINT32 *v) { (void)s; *v = 5; return S_OK; }
static HRESULT WINAPI true_flag(void *s, BYTE *v) { (void)s; *v = 1; return S_OK; }
static HRESULT WINAPI false_flag(void *s, BYTE *v) { (void)s; *v = 0; return S_OK; }
static HRESULT WINAPI caret_blink_rate(void *s, UINT32 *v) { (void)s; *v = GetCaretBlinkTime(); return S_OK; }
static HRESULT WINAPI caret_width(void *s, UINT32 *v) { (void)s; *v = 1; return S_OK; }
static HRESULT WINAPI double_click_time(void *s, UINT32 *v) { (void)s; *v = GetDoubleClickTime(); return S_OK; }
static HRESULT WINAPI mouse_hover_time(void *s, UINT32 *v) { (void)s; *v = 400; return S_OK; }

static UIColor rgb(BYTE r, BYTE g, BYTE b)
{
    UIColor c = {0xff, r, g, b};
    return c;
}

static UIColor sys_color(int index)
{
    COLORREF c = GetSysColor(index);
    return rgb(GetRValue(c), GetGValue(c), GetBValue(c));
}

/* UIElementType: the classic system colours, as Windows maps them. */
static HRESULT WINAPI element_color(void *s, int element, UIColor *v)
{
    static const int map[] = {COLOR_ACTIVECAPTION, COLOR_BACKGROUND, COLOR_BTNFACE,
                              COLOR_BTNTEXT, COLOR_CAPTIONTEXT, COLOR_GRAYTEXT,
                              COLOR_HIGHLIGHT, COLOR_HIGHLIGHTTEXT, COLOR_HOTLIGHT,
                              COLOR_INACTIVECAPTION, COLOR_INACTIVECAPTIONTEXT, COLOR_WINDOW,
                              COLOR_WINDOWTEXT};
    (void)s;
    if (element >= 0 && element < (int)(sizeof(map) / sizeof(*map)))
        *v = sys_color(map[element]);
    else if (element == 1000) /* AccentColor */
        *v = rgb(0x00, 0x78, 0xd4);
    else
        *v = sys_color(COLOR_WINDOWTEXT);
    return S_OK;
}

static const void *const settings_vtbl[] = {
    INSPECTABLE(settings_query), hand_preference, cursor_size, scroll_bar_size,
    scroll_arrow_size, scroll_thumb_size, message_duration, true_flag /* animations */,
    false_flag /* caret browsing */, caret_blink_rate, caret_width, double_click_time,
    mouse_hover_time, element_color};

/* ---- events: accepted and never raised (the colours never change here) */

static HRESULT WINAPI add_handler(void *s, void *handler, EventToken *token)
{
    (void)s;
    (void)handler;
    token->value = 1;
    return S_OK;
}
static HRESULT WINAPI remove_handler(void *s, EventToken token)
{
    (void)s;
    (void)token;
    return S_OK;
}

/* ---- IUISettings2: text at 100 % */

static HRESULT WINAPI text_scale(void *s, double *v) { (void)s; *v = 1.0; return S_OK; }
static const void *const settings2_vtbl[] = {INSPECTABLE(settings_query), text_scale,
                                             add_handler, remove_handler};

/* ---- IUISettings3: the light theme with Windows' default blue accent */

static HRESULT WINAPI color_value(void *s, int which, UIColor *v)
{
    (void)s;
    switch (which) {
    case 0: *v = rgb(0xff, 0xff, 0xff); break; /* Background */
    case 1: *v = rgb(0x00, 0x00, 0x00); break; /* Foreground */
    case 2: *v = rgb(0x00, 0x1a, 0x68); break; /* AccentDark3 */
    case 3: *v = rgb(0x00, 0x33, 0x8a); break; /* AccentDark2 */
    case 4: *v = rgb(0x00, 0x5a, 0x9e); break; /* AccentDark1 */
    case 5: *v = rgb(0x00, 0x78, 0xd4); break; /* Accent */
    case 6: *v = rgb(0x42, 0x9c, 0xe3); break; /* AccentLight1 */
    case 7: *v = rgb(0x76, 0xb9, 0xed); break; /* AccentLight2 */
    case 8: *v = rgb(0xa6, 0xd8, 0xff); break; /* AccentLight3 */
    case 9: *v = rgb(0x00, 0x00, 0x00); break; /* Complement (unused by Windows) */
    default: return E_INVALIDARG;
    }
    return S_OK;
}
static const void *const settings3_vtbl[] = {INSPECTABLE(settings_query), color_value,
                                             add_handler, remove_handler};

/* ---- IUISettings4: transparency effects on; IUISettings5: scroll bars always shown */

static const void *const settings4_vtbl[] = {INSPECTABLE(settings_query), true_flag,
                                             add_handler, remove_handler};
static const void *const settings5_vtbl[] = {INSPECTABLE(settings_query), false_flag,
                                             add_handler, remove_handler};

static struct object the = {factory_vtbl, settings_vtbl, settings2_vtbl,
                            settings3_vtbl, settings4_vtbl, settings5_vtbl};

/* ---- the DLL's exports */

__declspec(dllexport) HRESULT WINAPI DllGetActivationFactory(WinRTString class_id, void **factory)
{
    (void)class_id; /* registered for one class only */
    *factory = (void *)&the.factory;
    return S_OK;
}

__declspec(dllexport) HRESULT WINAPI DllCanUnloadNow(void) { return S_FALSE; }
