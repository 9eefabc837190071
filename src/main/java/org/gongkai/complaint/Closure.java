package org.gongkai.complaint;

/** How a closed complaint was closed. */
public enum Closure {
  ANSWERED_DIRECTLY("当场答复（直办）"),
  FOLLOWED_UP("回访后办结"),
  UNREACHABLE("多次回访未联系上，办结"),
  REOPEN_LIMIT_REACHED("重办次数已满，办结"),
  MERGED("并单办结"),
  TRANSFERRED_TO_DISCLOSURE("转为政府信息公开申请");

  private final String label;

  Closure(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
